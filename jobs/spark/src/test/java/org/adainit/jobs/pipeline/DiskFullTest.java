package org.adainit.jobs.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.adainit.jobs.grid.Grid;
import org.adainit.jobs.spark.TestSpark;
import org.adainit.jobs.store.FullDiskFileSystem;
import org.adainit.jobs.store.ResultDirectory;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A disk that fills up during a run: one line naming the file and the cause, nothing committed lost. */
class DiskFullTest {

    private static final int ROOM_FOR = 4;

    @AfterEach
    void emptyTheDisk() {
        FullDiskFileSystem.allowCellFiles(Integer.MAX_VALUE);
    }

    @Test
    void aFullDiskStopsTheRunWithOneLineAndTheSameCommandFinishesOnceThereIsRoom() throws Exception {
        TinyGrid.dataDirectory(); // skips here without the datasets, not inside assertThrows below
        SparkSession spark = TestSpark.session();
        Grid grid = TinyGrid.grid();
        Path out = TinyGrid.freshDirectory("disk-full");
        Configuration conf = new Configuration(spark.sparkContext().hadoopConfiguration());
        conf.set("fs." + FullDiskFileSystem.SCHEME + ".impl", FullDiskFileSystem.class.getName());
        conf.setBoolean("fs." + FullDiskFileSystem.SCHEME + ".impl.disable.cache", true);
        ResultDirectory directory = ResultDirectory.open(FullDiskFileSystem.SCHEME + "://" + out, conf);
        FullDiskFileSystem.allowCellFiles(ROOM_FOR);

        RunInterruptedException stopped = assertThrows(RunInterruptedException.class,
                () -> run(spark, grid, directory, "full-disk"));
        assertTrue(stopped.getMessage().contains("/_cells/"), stopped.getMessage());
        assertTrue(stopped.getMessage().contains(": No space left on device"), stopped.getMessage());
        assertEquals(1, stopped.getMessage().lines().count(), stopped.getMessage());
        assertEquals(ROOM_FOR, committedFiles(out).size());
        assertTrue(ScriptedRunners.invocations("full-disk") <= ROOM_FOR + 2,
                "cells computed after the disk filled: " + (ScriptedRunners.invocations("full-disk") - ROOM_FOR));

        // The test file system stands in for the full disk only; once there is room, the same folder as a plain path.
        FullDiskFileSystem.allowCellFiles(Integer.MAX_VALUE);
        RunJob.Result resumed = run(spark, grid, ResultDirectory.open(out.toString(), conf), "room-again");
        assertEquals(List.of(), resumed.failedCells());
        assertEquals(grid.cells().size() - ROOM_FOR, ScriptedRunners.invocations("room-again"),
                "the cells committed before the disk filled were kept");
        assertEquals(grid.cells().size(), committedFiles(out).size());
    }

    private static RunJob.Result run(SparkSession spark, Grid grid, ResultDirectory directory, String counter) {
        return new RunJob(() -> spark, new PrintWriter(new StringWriter(), true)).run(new RunJob.Request(grid,
                "tiny.yaml", directory, ScriptedRunners.counting(counter, TinyGrid.runner(grid)),
                "submit/adainit run tiny.yaml --out " + directory.uri(), Map.of()));
    }

    private static List<Path> committedFiles(Path out) throws Exception {
        try (Stream<Path> files = Files.list(out.resolve("_cells"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ok.json")).toList();
        }
    }
}
