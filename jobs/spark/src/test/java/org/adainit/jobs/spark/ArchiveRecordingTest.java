package org.adainit.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The marker that tells the launcher a launch started Spark, written by the product's own session start. */
class ArchiveRecordingTest {

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheMarker() {
        System.clearProperty(ArchiveRecording.MARKER_PROPERTY);
    }

    @Test
    void startingASessionCreatesTheMarkerTheLauncherAskedFor() {
        Path marker = folder.resolve("run.jsa.123.spark-started");
        System.setProperty(ArchiveRecording.MARKER_PROPERTY, marker.toString());
        assertFalse(Files.exists(marker));

        TestSpark.stop();
        TestSpark.session();

        assertTrue(Files.exists(marker), "SparkSessions.create did not tell the launcher");
    }

    @Test
    void aMarkerThatCannotBeWrittenOnlyCostsTheArchive() {
        // A launch must not fail for it: the launcher then drops the archive and records the next launch.
        System.setProperty(ArchiveRecording.MARKER_PROPERTY, folder.resolve("missing/marker").toString());

        ArchiveRecording.sparkStarted();

        assertFalse(Files.exists(folder.resolve("missing")));
    }
}
