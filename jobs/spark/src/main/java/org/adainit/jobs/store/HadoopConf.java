package org.adainit.jobs.store;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;

/**
 * A serialisable snapshot of the driver's Hadoop configuration, so executors reach the output directory (HDFS, S3A,
 * local) with the same settings. Only what differs from a fresh default configuration is kept, which is what
 * {@code spark.hadoop.*} and {@code core-site.xml} add.
 */
public final class HadoopConf implements Serializable {

    private static final Map<Map<String, String>, Configuration> MADE = new ConcurrentHashMap<>();

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

    /**
     * The configuration, made once per JVM for equal snapshots and shared by its callers, who only read it: a new
     * {@link Configuration} parses Hadoop's default XML resources again on first use, which, one per committed cell
     * read or written (each task deserialises its own snapshot), took a second of a quickstart's table build.
     */
    public Configuration get() {
        return MADE.computeIfAbsent(overrides, o -> {
            Configuration configuration = new Configuration();
            o.forEach(configuration::set);
            return configuration;
        });
    }
}
