package org.adainit.jobs.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.adainit.jobs.spark.JavaSerialization;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** A snapshot carries the driver's settings to executors, and equal snapshots share one parsed configuration. */
class HadoopConfTest {

    @Test
    void aSerialisedSnapshotKeepsTheOverridesAndSharesTheConfigurationOfEqualSnapshots() throws Exception {
        Configuration driver = new Configuration();
        driver.set("fs.s3a.endpoint", "http://127.0.0.1:9000");
        HadoopConf snapshot = HadoopConf.of(driver);
        HadoopConf onExecutor = JavaSerialization.roundTrip(snapshot);

        assertEquals("http://127.0.0.1:9000", onExecutor.get().get("fs.s3a.endpoint"));
        assertSame(snapshot.get(), onExecutor.get(), "one configuration per JVM for equal settings");

        Configuration other = new Configuration();
        other.set("fs.s3a.endpoint", "http://127.0.0.1:9001");
        assertNotSame(snapshot.get(), HadoopConf.of(other).get());
        assertEquals("http://127.0.0.1:9001", HadoopConf.of(other).get().get("fs.s3a.endpoint"));
    }
}
