package org.adainit.jobs.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A session started on first use or early on a thread of its own: the same session either way, stopped if ours. */
class LazySparkSessionTest {

    @Test
    void anEarlyStartGivesTheSessionGetReturnsAndCloseStopsIt() {
        TestSpark.stop();
        SparkSession session;
        try (LazySparkSession lazy = new LazySparkSession("local[1]", "early start", SparkSessions.Use.QUERY)) {
            lazy.startEarly();
            session = lazy.get();
            assertSame(session, lazy.get());
            assertEquals("local[1]", session.sparkContext().master());
            assertEquals("early start", session.sparkContext().appName());
        }
        assertTrue(session.sparkContext().isStopped());
    }

    @Test
    void aSessionThatCannotStartIsToldByGet() {
        TestSpark.stop();
        try (LazySparkSession lazy = new LazySparkSession("no-such-master", "bad", SparkSessions.Use.QUERY)) {
            lazy.startEarly();

            RuntimeException failure = assertThrows(RuntimeException.class, lazy::get);
            assertTrue(failure.getMessage().contains("no-such-master"), failure.getMessage());
        }
    }

    @Test
    void aSessionAlreadyRunningIsUsedAndLeftRunning() {
        SparkSession running = TestSpark.session();
        try (LazySparkSession lazy = new LazySparkSession(null, "inside", SparkSessions.Use.QUERY)) {
            lazy.startEarly();
            assertSame(running, lazy.get());
        }
        assertFalse(running.sparkContext().isStopped());
    }
}
