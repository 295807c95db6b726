package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    /** 20 rows per class: enough for 12:4:4 splits. */
    private static final byte[] IRIS = ("5.1,3.5,1.4,0.2,Iris-setosa\n4.9,3.0,1.4,0.3,Iris-setosa\n".repeat(10)
            + "7.0,3.2,4.7,1.4,Iris-versicolor\n6.4,3.2,4.5,1.5,Iris-versicolor\n".repeat(10) + "\n")
            .getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private final List<String> progress = Collections.synchronizedList(new ArrayList<>());

    private DataDirectory directory(Path root, URI mirror) {
        return DataDirectory.resolve(Optional.of(root), Optional.of(mirror), Map.of(), dir,
                Fixtures.catalog("", IRIS), progress::add);
    }

    private DatasetFile irisFile(DataDirectory directory) {
        return directory.catalog().requiredFiles(Dataset.IRIS).get(0);
    }

    /** Every cell of a grid resolves its data directory: that must cost no thread and no parse of the catalog. */
    @Test
    void resolvingTheShippedDirectoryStartsNoThreadAndReusesTheCatalog() {
        java.util.Set<Thread> before = Thread.getAllStackTraces().keySet();

        List<DataDirectory> resolved = new ArrayList<>();
        for (int cell = 0; cell < 5; cell++) {
            resolved.add(DataDirectory.resolve(Optional.of(dir), Optional.empty()));
        }

        List<String> started = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread))
                .map(Thread::getName)
                .filter(name -> name.startsWith("HttpClient"))
                .toList();
        assertEquals(List.of(), started);
        assertSame(resolved.get(0).catalog(), resolved.get(4).catalog());
    }

    @Test
    void anExplicitPathWinsOverTheEnvironmentWhichWinsOverTheUserCache() {
        DatasetCatalog catalog = Fixtures.catalog("", IRIS);
        Map<String, String> env = Map.of(DataDirectory.DATA_DIR_ENV, "/from/env");

        DataDirectory explicit = DataDirectory.resolve(Optional.of(Path.of("/explicit")), Optional.empty(), env, dir,
                catalog, progress::add);
        DataDirectory fromEnv = DataDirectory.resolve(Optional.empty(), Optional.empty(), env, dir, catalog,
                progress::add);
        DataDirectory cache = DataDirectory.resolve(Optional.empty(), Optional.empty(), Map.of(), dir, catalog,
                progress::add);

        assertEquals(Path.of("/explicit"), explicit.root());
        assertEquals("--data-dir", explicit.origin());
        assertEquals(Path.of("/from/env"), fromEnv.root());
        assertEquals(DataDirectory.DATA_DIR_ENV, fromEnv.origin());
        assertEquals(dir.resolve(".cache/adainit/datasets"), cache.root());
        assertEquals("per-user cache", cache.origin());
    }

    @Test
    void theMirrorComesFromTheOptionElseTheEnvironmentElseTheCatalog() {
        DatasetCatalog catalog = Fixtures.catalog("http://127.0.0.1:1/conf", IRIS);
        Map<String, String> env = Map.of(DataDirectory.MIRROR_ENV, "http://127.0.0.1:2/env");

        assertEquals(Optional.of(URI.create("http://127.0.0.1:3/")), DataDirectory.resolve(Optional.of(dir),
                Optional.of(URI.create("http://127.0.0.1:3/")), env, dir, catalog, progress::add).mirror());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:2/env/")), DataDirectory.resolve(Optional.of(dir),
                Optional.empty(), env, dir, catalog, progress::add).mirror());
        assertEquals(Optional.of(URI.create("http://127.0.0.1:1/conf/")), DataDirectory.resolve(Optional.of(dir),
                Optional.empty(), Map.of(), dir, catalog, progress::add).mirror());
    }

    @Test
    void aMissingFileIsDownloadedFromTheMirrorAndAPresentOneIsOnlyVerified() throws IOException {
        try (LoopbackServer server = new LoopbackServer().file("iris.data", IRIS)) {
            DataDirectory directory = directory(dir.resolve("new"), server.base());

            Path first = directory.require(irisFile(directory));
            Path second = directory.require(irisFile(directory));

            assertEquals(dir.resolve("new/iris.data"), first);
            assertEquals(first, second);
            assertArrayEquals(IRIS, Files.readAllBytes(first));
            assertEquals(1, server.fileRequests(), "the second call finds the verified file");
        }
    }

    @Test
    void aPresentFileWithOtherBytesIsRejectedWithBothHashes() throws IOException {
        byte[] edited = new String(IRIS, StandardCharsets.US_ASCII).replace("5.1", "5.2")
                .getBytes(StandardCharsets.US_ASCII);
        Files.write(dir.resolve("iris.data"), edited);
        DataDirectory directory = directory(dir, URI.create("http://127.0.0.1:9/"));

        InputException e = assertThrows(InputException.class, () -> directory.require(irisFile(directory)));

        assertTrue(e.getMessage().startsWith(dir.resolve("iris.data") + " differs from the upstream file: expected "
                + "SHA-256 " + Fixtures.sha256(IRIS) + ", " + IRIS.length + " bytes; found SHA-256 "
                + Fixtures.sha256(edited)), e.getMessage());
        assertTrue(e.getMessage().contains("Delete it so that it is downloaded again"), e.getMessage());
        assertTrue(progress.isEmpty(), "nothing was downloaded over it");
    }

    @Test
    void provenanceNamesEachVerifiedFileByItsChecksumAndNeverTheFolder() throws IOException {
        Files.write(dir.resolve("iris.data"), IRIS);
        DataDirectory directory = directory(dir, URI.create("http://127.0.0.1:9/"));

        Map<String, String> checksums = directory.verifiedChecksums(Dataset.IRIS);

        assertEquals(Map.of("iris.data", Fixtures.sha256(IRIS)), checksums, "the SHA-256 of the bytes on disk");
        assertFalse(checksums.toString().contains(dir.toString()));
    }

    @Test
    void anUnpackedTwinIsAcceptedWhenTheGzippedFileIsAbsent() throws IOException {
        byte[] raw = Fixtures.idxLabels(0, 1, 1);
        byte[] gz = Fixtures.gzip(raw);
        DatasetFile labels = new DatasetFile(new ExpectedFile("labels.gz", Fixtures.sha256(gz), gz.length),
                Optional.of(new ExpectedFile("labels", Fixtures.sha256(raw), raw.length)), Optional.empty(),
                Optional.of("by hand"));
        Files.write(dir.resolve("labels"), raw);
        DataDirectory directory = directory(dir, URI.create("http://127.0.0.1:9/"));

        assertEquals(dir.resolve("labels"), directory.require(labels));
        FileCheck check = directory.check(labels, true);
        assertEquals(FileCheck.State.VERIFIED, check.state());
        assertEquals(Optional.of("labels"), check.found().map(ExpectedFile::name));
    }

    @Test
    void concurrentCallersShareOneDownloadAndOnePreparedDataset() throws Exception {
        try (LoopbackServer server = new LoopbackServer().file("iris.data", IRIS)) {
            DataDirectory directory = directory(dir.resolve("shared"), server.base());
            PreprocessingOptions options = PreprocessingOptions.paper().withSplitSizes(new SplitSizes(12, 4, 4));
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Future<PreparedDataset>> results = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    results.add(pool.submit(() -> Datasets.prepare(Dataset.IRIS, directory, 2, 5, options)));
                }
                PreparedDataset first = results.get(0).get();
                for (Future<PreparedDataset> result : results) {
                    assertSame(first, result.get());
                }
                assertEquals(1, server.fileRequests());
                assertEquals("iris fixture", first.description());
                assertEquals(12, first.train().size());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aFileThatIsNotADirectoryIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        InputException e = assertThrows(InputException.class, () -> DataDirectory.resolve(Optional.of(file),
                Optional.empty(), Map.of(), dir, Fixtures.catalog("", IRIS), progress::add));
        assertEquals("data directory " + file + " (from --data-dir) is not a directory", e.getMessage());
    }
}
