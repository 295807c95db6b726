package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.WriterLock;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** Two drivers on one result directory: the second stops before computing anything; a dead driver's lock is taken. */
class OneWriterTest {

    /** Set while the first driver's first cell waits for the test; local mode runs tasks in this JVM. */
    private static final CountDownLatch FIRST_CELL_STARTED = new CountDownLatch(1);
    private static final CountDownLatch SECOND_DRIVER_DONE = new CountDownLatch(1);

    @Test
    void aSecondDriverOnTheSameFolderIsRefusedNamingTheHolderAndComputesNothing() throws Exception {
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        Path out = TinyGrid.freshDirectory("two-drivers");
        CellRunner blocking = blockingFirstCell(ScriptedRunners.counting("first-driver", TinyGrid.runner(grid)));
        CompletableFuture<RunJob.Result> first = CompletableFuture.supplyAsync(
                () -> TinyGrid.run(spark, grid, out, blocking, new StringWriter()));
        assertTrue(FIRST_CELL_STARTED.await(5, TimeUnit.MINUTES), "the first driver never started a cell");

        InputException refused;
        try {
            refused = assertThrows(InputException.class, () -> TinyGrid.run(spark, grid, out,
                    ScriptedRunners.counting("second-driver", TinyGrid.runner(grid)), new StringWriter()));
        } finally {
            SECOND_DRIVER_DONE.countDown();
        }
        assertTrue(refused.getMessage().contains("is being written by another run (host "
                + InetAddress.getLocalHost().getHostName() + ", pid " + ProcessHandle.current().pid()), refused.getMessage());
        assertTrue(refused.getMessage().contains("command: submit/adainit run tiny.yaml --out " + out),
                refused.getMessage());
        assertEquals(1, refused.getMessage().lines().count());

        RunJob.Result result = first.get(10, TimeUnit.MINUTES);
        assertEquals(grid.cells().size(), result.ran());
        assertEquals(grid.cells().size(), ScriptedRunners.invocations("first-driver"));
        assertEquals(0, ScriptedRunners.invocations("second-driver"), "the refused driver computed nothing");
        assertFalse(Files.exists(out.resolve(WriterLock.FILE)), "the lock is released when the run ends");
        assertEquals(List.of("finished"), outcomes(out));
    }

    @Test
    void aLockLeftByAKilledDriverIsTakenOverAndItsRunRecordMarkedInterrupted() throws Exception {
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        Path out = TinyGrid.copyOfReference("killed-driver");
        // What kill -9 of a driver leaves: its run record still "running", its lock naming a process that is gone.
        ObjectMapper json = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) json.readTree(out.resolve("manifest.json").toFile());
        ObjectNode killed = ((ArrayNode) manifest.get("runs")).addObject();
        killed.put("started_at", Instant.now().toString());
        killed.put("outcome", "running");
        Files.write(out.resolve("manifest.json"), json.writeValueAsBytes(manifest));
        Files.delete(out.resolve(".manifest.json.crc"));
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        ObjectNode lock = json.createObjectNode();
        lock.put("token", "killed");
        lock.put("host", InetAddress.getLocalHost().getHostName());
        lock.put("pid", gone.pid());
        lock.put("command", "submit/adainit run tiny.yaml --out " + out);
        lock.put("heartbeat_at", Instant.now().toString());
        Files.write(out.resolve(WriterLock.FILE), json.writeValueAsBytes(lock));

        StringWriter output = new StringWriter();
        TinyGrid.run(spark, grid, out, ScriptedRunners.counting("after-kill", TinyGrid.runner(grid)), output);
        assertTrue(output.toString().contains("note: took over the lock of a run that is no longer running (host "
                + InetAddress.getLocalHost().getHostName() + ", pid " + gone.pid()), output.toString());
        assertTrue(output.toString().contains("that process is gone"), output.toString());
        List<String> outcomes = outcomes(out);
        assertEquals(List.of("finished", "interrupted", "finished"), outcomes);
        assertFalse(Files.exists(out.resolve(WriterLock.FILE)));
    }

    private static List<String> outcomes(Path out) throws Exception {
        JsonNode manifest = new ObjectMapper().readTree(out.resolve("manifest.json").toFile());
        return java.util.stream.StreamSupport.stream(manifest.get("runs").spliterator(), false)
                .map(run -> run.get("outcome").asText()).toList();
    }

    private static CellRunner blockingFirstCell(CellRunner delegate) {
        return cell -> {
            FIRST_CELL_STARTED.countDown();
            try {
                SECOND_DRIVER_DONE.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.run(cell);
        };
    }
}
