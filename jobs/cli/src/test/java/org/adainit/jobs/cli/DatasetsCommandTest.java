package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adainit.jobs.datasets.LoopbackServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetsCommandTest {

    private static final List<String> REQUIRED = List.of("iris.data", "wine.data", "train.csv",
            "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");

    @TempDir
    Path dir;


    private static Path realData() {
        String dir = System.getenv("ADAINIT_DATA_DIR");
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(Path.of(dir, "iris.data")),
                "ADAINIT_DATA_DIR is not set to a folder with the upstream files; skipping");
        return Path.of(dir);
    }

    @Test
    void verifiesTheRealFilesAndListsTable1Splits() {
        Path data = realData();

        CliRun run = CliRun.of("datasets", "--data-dir", data.toString(), "--verify", "--qubits", "4", "--seed", "0");

        assertEquals(0, run.exitCode(), run.err());
        String table = run.out();
        assertEquals(9, table.lines().filter(line -> line.matches(".*\\d+ +[0-9a-f]{8} +ok$")).count(), table);
        assertTrue(table.matches("(?s).*iris +100 +.* 60 \\(30/30\\) +20 \\(10/10\\) +20 \\(10/10\\).*"), table);
        assertTrue(table.matches("(?s).*titanic +891 +.* 320 \\(\\d+/\\d+\\) +80 \\(\\d+/\\d+\\) +179 \\(.*"), table);
        assertEquals("", run.err());
    }

    @Test
    void anEmptyDirectoryIsFilledFromALoopbackMirror() throws IOException {
        Path data = realData();
        try (LoopbackServer mirror = new LoopbackServer()) {
            for (String name : REQUIRED) {
                mirror.file(name, Files.readAllBytes(data.resolve(name)));
            }
            Path empty = dir.resolve("cache");

            CliRun run = CliRun.of("datasets", "--data-dir", empty.toString(), "--mirror", mirror.base().toString(),
                    "--verify");

            assertEquals(0, run.exitCode(), run.err());
            for (String name : REQUIRED) {
                assertTrue(Files.isRegularFile(empty.resolve(name)), name);
                assertTrue(run.err().contains("downloading " + name + " from " + mirror.base() + name));
            }
            try (var files = Files.list(empty)) {
                assertEquals(REQUIRED.size(), files.count(), "no partial files left");
            }
            assertTrue(run.out().contains("absent (optional)"), run.out());
            assertTrue(run.out().matches("(?s).*mnist +12665 .*"), run.out());
        }
    }

    @Test
    void verifyFailsOnAnEditedOptionalFile() throws IOException {
        Path data = realData();
        for (String name : REQUIRED) {
            Files.copy(data.resolve(name), dir.resolve(name));
        }
        Files.writeString(dir.resolve("iris.names"), "not the UCI text\n");

        assertEquals(0, CliRun.of("datasets", "--data-dir", dir.toString()).exitCode(),
                "a listing does not hash optional files");
        CliRun verify = CliRun.of("datasets", "--data-dir", dir.toString(), "--verify");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, verify.exitCode());
        assertTrue(verify.err().contains("error: " + dir.resolve("iris.names") + " differs from the upstream file: "
                + "expected SHA-256 71a09fb3ee237614cdb9c09d06e8ae1f610ce2a274c0d77272fea8a233e5eea3, 2998 bytes; "
                + "found SHA-256 "), verify.err());
        assertTrue(verify.out().contains("MISMATCH"));
    }

    @Test
    void unreachableFilesGiveOneErrorLinePerDatasetAndNoStackTrace() {
        try (LoopbackServer mirror = new LoopbackServer()) {
            for (String name : REQUIRED) {
                mirror.status(name, 404);
            }

            CliRun run = CliRun.of("datasets", "--data-dir", dir.toString(), "--mirror", mirror.base().toString());

            assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
            List<String> errors = run.err().lines().filter(line -> line.startsWith("error: ")).toList();
            assertEquals(4, errors.size(), run.err());
            assertTrue(errors.get(2).startsWith("error: titanic: cannot download train.csv from " + mirror.base()
                    + "train.csv (HTTP status 404); nothing was written. To supply it by hand, download train.csv "
                    + "from the Kaggle competition \"titanic\""), errors.get(2));
            assertFalse(run.err().contains("\tat "), "no stack trace");
            assertTrue(run.out().contains("not available"));
        }
    }

    @Test
    void aBadMirrorUrlIsAnInputError() {
        CliRun run = CliRun.of("datasets", "--data-dir", dir.toString(), "--mirror", "ftp://x");
        assertEquals(AdaInitCli.EXIT_BAD_INPUT, run.exitCode());
        assertEquals("error: --mirror is 'ftp://x', expected an http:// or https:// URL", run.err().strip());
    }
}
