package org.adainit.jobs.store;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;

/**
 * A serialisable snapshot of the driver's Hadoop configuration, so executors reach the output directory (HDFS, S3A,
 * local) with the same settings. Only what differs from a fresh default configuration is kept, which is what
 * {@code spark.hadoop.*} and {@code core-site.xml} add.
 */
public final class HadoopConf implements Serializable {

    private final Map<String, String> overrides;

    private HadoopConf(Map<String, String> overrides) {
        this.overrides = overrides;
    }

    public static HadoopConf of(Configuration configuration) {
        Configuration defaults = new Configuration();
        Map<String, String> overrides = new HashMap<>();
        for (Map.Entry<String, String> entry : configuration) {
            if (!Objects.equals(defaults.get(entry.getKey()), configuration.get(entry.getKey()))) {
                overrides.put(entry.getKey(), configuration.get(entry.getKey()));
            }
        }
        return new HadoopConf(overrides);
    }

    public Configuration get() {
        Configuration configuration = new Configuration();
        overrides.forEach(configuration::set);
        return configuration;
    }
}
