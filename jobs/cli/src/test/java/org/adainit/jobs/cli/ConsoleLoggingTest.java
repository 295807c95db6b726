package org.adainit.jobs.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.properties.PropertiesConfigurationFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

/** What the shipped console configuration (conf/log4j2.properties) lets through from Spark's task scheduler. */
class ConsoleLoggingTest {

    private static final String TASK_SET_MANAGER = "org.apache.spark.scheduler.TaskSetManager";

    @Test
    void sparksLargeTaskAdviceIsDroppedAndItsTaskFailuresAreKept() throws IOException {
        LoggerConfig scheduler = shipped().getLoggerConfig(TASK_SET_MANAGER);
        assertEquals(TASK_SET_MANAGER, scheduler.getName(), "the configuration names the scheduler's logger");
        assertTrue(scheduler.isFiltered(warning("Stage 3 contains a task of very large size (10467 KiB). The maximum "
                + "recommended task size is 1000 KiB.")));
        assertFalse(scheduler.isFiltered(warning("Lost task 0.0 in stage 1.0 (TID 1) (127.0.0.1 executor 0): "
                + "java.io.IOException: No space left on device")));
        assertFalse(scheduler.isFiltered(warning("Task 0 in stage 1.0 failed 4 times; aborting job")));
        assertTrue(scheduler.getLevel().isLessSpecificThan(Level.WARN), "warnings still pass the level");
    }

    private static Configuration shipped() throws IOException {
        Path file = Path.of(System.getProperty("adainit.root"), "conf", "log4j2.properties");
        try (InputStream in = Files.newInputStream(file)) {
            Configuration configuration = new PropertiesConfigurationFactory().getConfiguration(
                    new LoggerContext("shipped-console"), new ConfigurationSource(in, file.toFile()));
            configuration.initialize();
            return configuration;
        }
    }

    private static LogEvent warning(String message) {
        return Log4jLogEvent.newBuilder().setLoggerName(TASK_SET_MANAGER).setLevel(Level.WARN)
                .setMessage(new SimpleMessage(message)).build();
    }
}
