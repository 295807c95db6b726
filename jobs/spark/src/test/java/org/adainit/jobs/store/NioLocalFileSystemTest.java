package org.adainit.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adainit.jobs.spark.SparkSessions;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.permission.FsPermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local file system our sessions install: the modes Hadoop's own sets, without starting a process for them. */
class NioLocalFileSystemTest {

    @TempDir
    Path folder;

    @Test
    void filesAndFoldersGetTheModesHadoopsOwnLocalFileSystemGives() throws Exception {
        for (String umask : List.of("022", "027", "077")) {
            Configuration conf = new Configuration();
            conf.set("fs.permissions.umask-mode", umask);
            FileSystem ours = fileSystem(new NioLocalFileSystem(), conf);
            FileSystem hadoops = fileSystem(new LocalFileSystem(), conf);
            for (FileSystem fs : List.of(ours, hadoops)) {
                String name = fs.getClass().getSimpleName() + "-" + umask;
                try (FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(folder.resolve(name).toUri()))) {
                    out.write(1);
                }
                fs.mkdirs(new org.apache.hadoop.fs.Path(folder.resolve(name + ".d").toUri()));
            }
            for (String suffix : List.of("", ".d")) {
                Object expected = mode(folder.resolve("LocalFileSystem-" + umask + suffix));
                assertEquals(expected, mode(folder.resolve("NioLocalFileSystem-" + umask + suffix)),
                        "umask " + umask + suffix);
            }
            ours.close();
            hadoops.close();
        }
        assertNotEquals(mode(folder.resolve("NioLocalFileSystem-022")), mode(folder.resolve("NioLocalFileSystem-077")),
                "the umask must show in the modes compared");
    }

    @Test
    void aFolderKeepsItsStickyBit() throws Exception {
        Path sticky = Files.createDirectory(folder.resolve("shared"));
        FileSystem fs = fileSystem(new NioLocalFileSystem(), new Configuration());

        fs.setPermission(new org.apache.hadoop.fs.Path(sticky.toUri()), new FsPermission((short) 01777));

        assertEquals(01777, ((Integer) mode(sticky)) & 07777);
        fs.close();
    }

    @Test
    void aLocalSessionsHadoopConfigurationUsesItAndAClustersKeepsHadoops() throws Exception {
        try (FileSystem local = FileSystem.newInstance(URI.create("file:///"),
                        SparkSessions.hadoopConfiguration("local[2]"));
                FileSystem cluster = FileSystem.newInstance(URI.create("file:///"),
                        SparkSessions.hadoopConfiguration("spark://head:7077"))) {
            assertInstanceOf(NioLocalFileSystem.class, local);
            assertEquals(LocalFileSystem.class, cluster.getClass());
        }
    }

    /** Without {@code chmod} on the PATH, Hadoop's local file system cannot write a file; ours can. */
    @Test
    void writesWithNoProcessToStart() throws Exception {
        Path emptyPath = Files.createDirectory(folder.resolve("no-programs"));

        Process ours = writeInAJvmWithPath(emptyPath, NioLocalFileSystem.class, folder.resolve("ours.txt"));
        Process hadoops = writeInAJvmWithPath(emptyPath, LocalFileSystem.class, folder.resolve("hadoops.txt"));

        assertEquals(0, ours.waitFor(), new String(ours.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("written", Files.readString(folder.resolve("ours.txt")));
        String failure = new String(hadoops.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertNotEquals(0, hadoops.waitFor(), "Hadoop's local file system wrote without chmod: " + failure);
        assertTrue(failure.contains("chmod"), failure);
    }

    private Process writeInAJvmWithPath(Path programs, Class<? extends FileSystem> implementation, Path file)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Writer.class.getName(),
                implementation.getName(), file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PATH", programs.toString());
        return builder.start();
    }

    /** Writes "written" to a file through the named file system class. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            Configuration conf = new Configuration();
            conf.set(NioLocalFileSystem.HADOOP_KEY, args[0]);
            try (FileSystem fs = FileSystem.newInstance(URI.create("file:///"), conf);
                    FSDataOutputStream out = fs.create(new org.apache.hadoop.fs.Path(Path.of(args[1]).toUri()))) {
                out.write("written".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static FileSystem fileSystem(FileSystem fs, Configuration conf) throws Exception {
        fs.initialize(URI.create("file:///"), conf);
        return fs;
    }

    private static Object mode(Path path) throws Exception {
        return Files.getAttribute(path, "unix:mode");
    }
}
