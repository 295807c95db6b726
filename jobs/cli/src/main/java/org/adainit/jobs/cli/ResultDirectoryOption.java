package org.adainit.jobs.cli;

import picocli.CommandLine.Option;

/** {@code --out DIR}, the same for every command that writes or reads a run's result directory. */
final class ResultDirectoryOption {

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Result directory of a run: a local path, hdfs://... or s3a://...")
    String path;
}
