package org.adainit.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.outcome.CellStatus;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-cell commits on a real (local) Hadoop file system. */
class CellStoreTest {

    @TempDir
    Path dir;

    private ResultDirectory directory() {
        return ResultDirectory.open(dir.resolve("out").toString(), new Configuration());
    }

    @Test
    void aCommitIsOneFileNamedByCellAndStatusHoldingExactlyTheBytes() throws Exception {
        CellStore store = new CellStore(directory());
        assertEquals(Map.of(), store.reconcile(), "nothing committed yet");
        store.commit("iris.uniform.n2.l1.s0.classic", CellStatus.OK, "{\"a\":1}".getBytes(StandardCharsets.UTF_8));
        store.commit("iris.uniform.n3.l1.s0.classic", CellStatus.FAILED, "{}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("iris.uniform.n2.l1.s0.classic", CellStatus.OK,
                "iris.uniform.n3.l1.s0.classic", CellStatus.FAILED), store.reconcile());
        assertEquals("{\"a\":1}", Files.readString(dir.resolve("out/_cells/iris.uniform.n2.l1.s0.classic.ok.json")));
        assertEquals(Set.of("iris.uniform.n2.l1.s0.classic.ok.json", "iris.uniform.n3.l1.s0.classic.failed.json"),
                visibleFiles());
    }

    @Test
    void aRetriedCellReplacesItsFailure() throws Exception {
        CellStore store = new CellStore(directory());
        store.commit("c", CellStatus.FAILED, "{\"try\":1}".getBytes(StandardCharsets.UTF_8));
        store.commit("c", CellStatus.FAILED, "{\"try\":2}".getBytes(StandardCharsets.UTF_8));
        assertEquals("{\"try\":2}", Files.readString(dir.resolve("out/_cells/c.failed.json")));
        store.commit("c", CellStatus.OK, "{\"try\":3}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Map.of("c", CellStatus.OK), store.reconcile());
        assertEquals(Set.of("c.ok.json"), visibleFiles());
    }

    @Test
    void reconcileClearsWhatAKilledProcessLeavesBehind() throws Exception {
        CellStore store = new CellStore(directory());
        store.commit("a", CellStatus.OK, new byte[] {'{', '}'});
        Path cells = dir.resolve("out/_cells");
        // A process killed mid-write leaves a temporary file; one killed between the two steps of a retry leaves the
        // old failure beside the new success.
        Files.writeString(cells.resolve("_tmp.b.ok.json.1234"), "{\"half");
        Files.writeString(cells.resolve("a.failed.json"), "{}");
        assertEquals(Map.of("a", CellStatus.OK), store.reconcile());
        assertEquals(Set.of("a.ok.json"), visibleFiles());
    }

    @Test
    void theOutputMustBeADirectory() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        InputException e = assertThrows(InputException.class,
                () -> ResultDirectory.open(file.toString(), new Configuration()));
        assertTrue(e.getMessage().contains("is a file, not a directory"), e.getMessage());
        assertFalse(directory().exists("manifest.json"));
    }

    private Set<String> visibleFiles() throws Exception {
        try (var files = Files.list(dir.resolve("out/_cells"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                    .collect(Collectors.toSet());
        }
    }
}
