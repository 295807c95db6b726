package org.adainit.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** A snapshot carries the driver's settings to executors, and equal snapshots share one parsed configuration. */
class HadoopConfTest {

    @Test
    void aSerialisedSnapshotKeepsTheOverridesAndSharesTheConfigurationOfEqualSnapshots() throws Exception {
        Configuration driver = new Configuration();
        driver.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
        HadoopConf snapshot = HadoopConf.of(driver);
        HadoopConf onExecutor = roundTrip(snapshot);

        assertEquals("http://127.0.0.1:9000", onExecutor.get().get("fs.s3a.endpoint"));
        assertSame(snapshot.get(), onExecutor.get(), "one configuration per JVM for equal settings");

        Configuration other = new Configuration();
        other.set("fs.s3a.endpoint", "http://127.0.0.1:9001");
        assertNotSame(snapshot.get(), HadoopConf.of(other).get());
        assertEquals("http://127.0.0.1:9001", HadoopConf.of(other).get().get("fs.s3a.endpoint"));
    }

    private static HadoopConf roundTrip(HadoopConf conf) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(conf);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (HadoopConf) in.readObject();
        }
    }
}
