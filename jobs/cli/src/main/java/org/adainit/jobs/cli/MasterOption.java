package org.adainit.jobs.cli;

import org.adainit.jobs.spark.SparkSessions;
import picocli.CommandLine.Option;

/** {@code --master URL}, the same for every command that starts Spark. */
final class MasterOption {

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark master (default: spark-submit's, else " + SparkSessions.DEFAULT_MASTER + ").")
    String url;
}
