package org.adainit.jobs.outcome;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * When and where a cell ran. The only part of an outcome that differs between two runs of the same grid.
 *
 * @param executor where the cell ran: in a Spark task {@code EXECUTOR:PARTITION.ATTEMPT@HOST} (Spark's executor id,
 *     the task's partition and attempt number, the host name), so executors and retried attempts are told apart;
 *     outside Spark the host name alone
 */
public record Timing(long startedAtMillis, long finishedAtMillis, String executor) {

    /** From {@code startedAtMillis} to now, on this host. */
    public static Timing since(long startedAtMillis) {
        return since(startedAtMillis, Host.NAME);
    }

    /** From {@code startedAtMillis} to now, at {@code executor} (see the record's description). */
    public static Timing since(long startedAtMillis, String executor) {
        return new Timing(startedAtMillis, System.currentTimeMillis(), executor);
    }

    /** This JVM's host name. */
    public static String host() {
        return Host.NAME;
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
