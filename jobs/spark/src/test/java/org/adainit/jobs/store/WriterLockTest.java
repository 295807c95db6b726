package org.adainit.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.adainit.jobs.input.InputException;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer lock on a real local Hadoop file system. */
class WriterLockTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private ResultDirectory directory() {
        return ResultDirectory.open(dir.resolve("out").toString(), new Configuration());
    }

    @Test
    void theHolderBeatsWhileItRunsAndReleasesOnClose() throws Exception {
        Path file = dir.resolve("out").resolve(WriterLock.FILE);
        try (WriterLock lock = WriterLock.acquire(directory(), "run A", Duration.ofMillis(50), Duration.ofMinutes(5))) {
            String first = JSON.readTree(file.toFile()).get("heartbeat_at").asText();
            long deadline = System.currentTimeMillis() + 30_000;
            String later = first;
            while (later.equals(first) && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
                later = Files.readString(file).isEmpty() ? first : JSON.readTree(file.toFile()).get("heartbeat_at").asText();
            }
            assertNotEquals(first, later, "the heartbeat was rewritten");
            assertEquals("run A", JSON.readTree(file.toFile()).get("command").asText());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void aLockDeletedByHandLeavesNoLockBehindTheNextRuns() throws Exception {
        Path out = dir.resolve("out");
        Path file = out.resolve(WriterLock.FILE);
        // A dead run's lock, its checksum beside it as Hadoop's local file system writes one; the user deletes the lock
        // as the refusal message says, and the checksum stays.
        Files.createDirectories(out);
        try (var stream = directory().fileSystem().create(directory().path(WriterLock.FILE), true)) {
            stream.write("{\"token\":\"dead\",\"host\":\"gone.example\"}".getBytes(StandardCharsets.UTF_8));
        }
        assertTrue(Files.exists(out.resolve("." + WriterLock.FILE + ".crc")), "the setup left a checksum");
        Files.delete(file);

        Duration minute = Duration.ofMinutes(1);
        try (WriterLock first = WriterLock.acquire(directory(), "run A", minute, Duration.ofMinutes(5))) {
            assertEquals("run A", JSON.readTree(file.toFile()).get("command").asText());
        }
        assertFalse(Files.exists(file), "the first run after the deletion released its lock");
        try (WriterLock second = WriterLock.acquire(directory(), "run B", minute, Duration.ofMinutes(5))) {
            assertTrue(second.tookOver().isEmpty(), "nothing stale was left to take over");
        }
    }

    @Test
    void aHolderOnAnotherHostCountsAsAliveUntilItsHeartbeatIsOlderThanTheLimit() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        Path file = dir.resolve("out").resolve(WriterLock.FILE);
        ObjectNode other = JSON.createObjectNode();
        other.put("token", "other");
        other.put("host", "another-host.example");
        other.put("pid", 1);
        other.put("command", "run B");
        other.put("heartbeat_at", Instant.now().minus(Duration.ofMinutes(4)).toString());
        Files.write(file, JSON.writeValueAsBytes(other));

        InputException held = assertThrows(InputException.class,
                () -> WriterLock.acquire(directory(), "run A", Duration.ofMinutes(1), Duration.ofMinutes(5)));
        assertTrue(held.getMessage().contains("host another-host.example, pid 1"), held.getMessage());
        assertTrue(held.getMessage().contains("command: run B"), held.getMessage());

        other.put("heartbeat_at", Instant.now().minus(Duration.ofMinutes(6)).toString());
        Files.write(file, JSON.writeValueAsBytes(other));
        try (WriterLock lock = WriterLock.acquire(directory(), "run A", Duration.ofMinutes(1), Duration.ofMinutes(5))) {
            assertTrue(lock.tookOver().orElseThrow().contains("no heartbeat for 6 min"), lock.tookOver().get());
            assertEquals("run A", JSON.readTree(file.toFile()).get("command").asText());
        }
    }

    @Test
    void anOutBelowARegularFileIsOneLineNamingThePath() throws Exception {
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        ResultDirectory below = ResultDirectory.open(plain.resolve("out").toString(), new Configuration());
        InputException e = assertThrows(InputException.class, () -> WriterLock.acquire(below, "run"));
        assertTrue(e.getMessage().startsWith("--out " + below.uri() + ": cannot write there ("), e.getMessage());
        assertTrue(e.getMessage().contains(plain.toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }
}
