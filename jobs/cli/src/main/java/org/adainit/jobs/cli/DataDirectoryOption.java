package org.adainit.jobs.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --data-dir DIR}, the same for every command that reads the datasets. */
final class DataDirectoryOption {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Dataset folder (default: $ADAINIT_DATA_DIR, else ~/.cache/adainit/datasets); "
                    + "on a cluster, executors read the same path.")
    Path path;

    /** The folder given on the command line, if any. */
    Optional<Path> given() {
        return Optional.ofNullable(path);
    }
}
