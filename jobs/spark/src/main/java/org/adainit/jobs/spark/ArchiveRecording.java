package org.adainit.jobs.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells {@code submit/adainit} that this launch started Spark, so the class-data archive it is recording is worth
 * keeping. The launcher records one from the first launch of a command after a build (JDK 17's
 * {@code -XX:ArchiveClassesAtExit}) and maps it in every later launch. A launch that had nothing to compute (a run
 * whose cells were all done) loads a third of the classes, and an archive of those left every later launch nearly as
 * slow as none: a one-cell run took 5.7-6.0 s with it against 3.7-3.9 s with the archive of a launch that started
 * Spark (four alternating pairs).
 */
final class ArchiveRecording {

    /** System property: the file to create once Spark has started; the launcher sets it only while it records. */
    static final String MARKER_PROPERTY = "adainit.cds.sparkStarted";

    private ArchiveRecording() {}

    /** Creates the launcher's marker, if it asked for one. */
    static void sparkStarted() {
        String marker = System.getProperty(MARKER_PROPERTY);
        if (marker == null) {
            return;
        }
        try {
            Files.write(Path.of(marker), new byte[0]);
        } catch (IOException e) {
            // Only speed is at stake: without the marker the launcher drops this archive and records the next launch.
        }
    }
}
