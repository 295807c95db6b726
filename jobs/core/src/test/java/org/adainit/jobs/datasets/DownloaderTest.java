package org.adainit.jobs.datasets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.adainit.jobs.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloaderTest {

    private static final byte[] CONTENT = "5.1,3.5,1.4,0.2,Iris-setosa\n".repeat(2000).getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path dir;

    private final List<String> progress = new ArrayList<>();

    private static DatasetFile expected(String name, Optional<URI> url, Optional<String> manual) {
        return new DatasetFile(new ExpectedFile(name, Fixtures.sha256(CONTENT), CONTENT.length), Optional.empty(), url,
                manual);
    }

    private Downloader downloader(URI mirror) {
        return new Downloader(Optional.of(mirror), Duration.ofSeconds(1), progress::add);
    }

    private List<String> filesInDir() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    @Test
    void downloadsFromTheMirrorVerifiesAndReportsProgress() throws IOException {
        try (LoopbackServer server = new LoopbackServer().file("iris.data", CONTENT)) {
            Path path = downloader(server.base()).download(expected("iris.data", Optional.empty(), Optional.empty()), dir);

            assertEquals(dir.resolve("iris.data"), path);
            assertArrayEquals(CONTENT, Files.readAllBytes(path));
            assertEquals(List.of("iris.data"), filesInDir());
            assertTrue(progress.get(0).contains("downloading iris.data from " + server.base() + "iris.data"),
                    progress.toString());
            assertTrue(progress.get(progress.size() - 1).contains("iris.data verified"), progress.toString());
        }
    }

    @Test
    void withoutAMirrorTheCanonicalUrlIsUsed() throws IOException {
        try (LoopbackServer server = new LoopbackServer().file("upstream/iris.data", CONTENT)) {
            Downloader canonical = new Downloader(Optional.empty(), Duration.ofSeconds(1), progress::add);
            canonical.download(
                    expected("iris.data", Optional.of(server.base().resolve("upstream/iris.data")), Optional.empty()),
                    dir);

            assertArrayEquals(CONTENT, Files.readAllBytes(dir.resolve("iris.data")));
        }
    }

    @Test
    void corruptBytesAreRejectedWithBothHashesAndNothingIsWritten() throws IOException {
        byte[] corrupt = CONTENT.clone();
        corrupt[100] ^= 1;
        try (LoopbackServer server = new LoopbackServer().file("iris.data", corrupt)) {
            InputException e = assertThrows(InputException.class, () -> downloader(server.base())
                    .download(expected("iris.data", Optional.empty(), Optional.empty()), dir));

            assertTrue(e.getMessage().contains("iris.data"), e.getMessage());
            assertTrue(e.getMessage().contains("expected SHA-256 " + Fixtures.sha256(CONTENT)), e.getMessage());
            assertTrue(e.getMessage().contains("got " + Fixtures.sha256(corrupt)), e.getMessage());
            assertTrue(e.getMessage().contains("save it as " + dir.resolve("iris.data")), e.getMessage());
            assertEquals(List.of(), filesInDir());
        }
    }

    @Test
    void aShortFileIsReportedAsTruncated() throws IOException {
        byte[] shorter = java.util.Arrays.copyOf(CONTENT, CONTENT.length / 2);
        try (LoopbackServer server = new LoopbackServer().file("iris.data", shorter)) {
            InputException e = assertThrows(InputException.class, () -> downloader(server.base())
                    .download(expected("iris.data", Optional.empty(), Optional.empty()), dir));

            assertTrue(e.getMessage().contains("is " + shorter.length + " bytes, expected " + CONTENT.length
                    + " (truncated)"), e.getMessage());
            assertEquals(List.of(), filesInDir());
        }
    }

    @Test
    void aConnectionCutMidwayFailsCleanly() throws IOException {
        try (LoopbackServer server = new LoopbackServer().cutting("iris.data", CONTENT, 1000)) {
            InputException e = assertThrows(InputException.class, () -> downloader(server.base())
                    .download(expected("iris.data", Optional.empty(), Optional.empty()), dir));

            assertTrue(e.getMessage().startsWith("cannot download iris.data from " + server.base() + "iris.data"),
                    e.getMessage());
            assertEquals(List.of(), filesInDir());
        }
    }

    @Test
    void aStalledServerTimesOutAndLeavesNoPartialFile() throws IOException {
        try (LoopbackServer server = new LoopbackServer().stalling("iris.data", CONTENT, 1000)) {
            InputException e = assertThrows(InputException.class, () -> downloader(server.base())
                    .download(expected("iris.data", Optional.empty(), Optional.empty()), dir));

            assertTrue(e.getMessage().contains("no data for 1 s"), e.getMessage());
            assertTrue(e.getMessage().contains("To supply it by hand"), e.getMessage());
            assertEquals(List.of(), filesInDir());
        }
    }

    @Test
    void anHttpErrorNamesTheStatus() throws IOException {
        try (LoopbackServer server = new LoopbackServer().status("iris.data", 404)) {
            InputException e = assertThrows(InputException.class, () -> downloader(server.base())
                    .download(expected("iris.data", Optional.empty(), Optional.empty()), dir));

            assertTrue(e.getMessage().contains("HTTP status 404"), e.getMessage());
            assertEquals(List.of(), filesInDir());
        }
    }

    @Test
    void anUnreachableHostIsReported() throws IOException {
        URI closedPort;
        try (LoopbackServer server = new LoopbackServer()) {
            closedPort = server.base();
        }
        InputException e = assertThrows(InputException.class, () -> downloader(closedPort)
                .download(expected("iris.data", Optional.empty(), Optional.empty()), dir));

        assertTrue(e.getMessage().startsWith("cannot download iris.data from " + closedPort), e.getMessage());
        assertTrue(e.getMessage().contains("ConnectException"), e.getMessage());
        assertEquals(List.of(), filesInDir());
    }

    @Test
    void aFileWithoutUrlExplainsHowToGetItByHand() {
        Downloader noMirror = new Downloader(Optional.empty(), Duration.ofSeconds(1), progress::add);
        InputException e = assertThrows(InputException.class, () -> noMirror.download(
                expected("train.csv", Optional.empty(), Optional.of("download train.csv from the Kaggle competition")),
                dir));

        assertTrue(e.getMessage().contains("has no public download URL"), e.getMessage());
        assertTrue(e.getMessage().contains("download train.csv from the Kaggle competition and save it as "
                + dir.resolve("train.csv")), e.getMessage());
        assertTrue(progress.isEmpty());
    }
}
