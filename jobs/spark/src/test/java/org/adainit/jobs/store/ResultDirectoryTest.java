package org.adainit.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultDirectoryTest {

    @TempDir
    Path root;

    @Test
    void stampsNameEveryFileBelowAFolderByItsRelativePathWithItsLengthAndTime() throws Exception {
        Files.createDirectories(root.resolve("t/dataset=iris/prior=uniform"));
        Files.writeString(root.resolve("t/part-0.parquet"), "abc");
        Files.writeString(root.resolve("t/dataset=iris/prior=uniform/part-1.parquet"), "abcdef");
        Files.createDirectories(root.resolve("t/empty-folder"));
        ResultDirectory directory = ResultDirectory.open(root.toString(), new Configuration());

        Map<String, String> stamps = directory.stamps("t");

        assertEquals(Set.of("part-0.parquet", "dataset=iris/prior=uniform/part-1.parquet"), stamps.keySet());
        assertEquals("3 " + Files.getLastModifiedTime(root.resolve("t/part-0.parquet")).toMillis(),
                stamps.get("part-0.parquet"));
        assertEquals("6", stamps.get("dataset=iris/prior=uniform/part-1.parquet").split(" ")[0]);
    }

    @Test
    void aRewrittenFileChangesItsStampAndAMissingFolderHasNone() throws Exception {
        Files.createDirectories(root.resolve("t"));
        Files.writeString(root.resolve("t/a"), "x");
        ResultDirectory directory = ResultDirectory.open(root.toString(), new Configuration());
        String before = directory.stamps("t").get("a");
        Files.writeString(root.resolve("t/a"), "xy");
        assertNotEquals(before, directory.stamps("t").get("a"));
        assertEquals(Map.of(), directory.stamps("absent"));
    }

    @Test
    void bytesAddTheFilesBelowAFolderAtEveryDepthAndAMissingFolderHasNone() throws Exception {
        Files.createDirectories(root.resolve("t/dataset=iris/prior=uniform"));
        Files.writeString(root.resolve("t/part-0.parquet"), "abc");
        Files.writeString(root.resolve("t/dataset=iris/prior=uniform/part-1.parquet"), "abcdef");
        Files.writeString(root.resolve("other"), "not counted");
        ResultDirectory directory = ResultDirectory.open(root.toString(), new Configuration());

        assertEquals(3 + 6, directory.bytes("t"));
        assertEquals(0, directory.bytes("absent"));
    }
}
