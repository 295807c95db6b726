package org.adainit.jobs.outcome;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * When and where a cell ran. The only part of an outcome that differs between two runs of the same grid.
 *
 * @param executor host name of the JVM that ran the cell
 */
public record Timing(long startedAtMillis, long finishedAtMillis, String executor) {

    /** From {@code startedAtMillis} to now, on this host. */
    public static Timing since(long startedAtMillis) {
        return new Timing(startedAtMillis, System.currentTimeMillis(), Host.NAME);
    }

    public double seconds() {
        return (finishedAtMillis - startedAtMillis) / 1000.0;
    }

    /** Looked up once per JVM: a slow resolver must not cost every cell. */
    private static final class Host {
        static final String NAME = lookup();

        private static String lookup() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "unknown";
            }
        }
    }
}
