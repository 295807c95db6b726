package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.adainit.jobs.datasets.DataDirectory;
import org.adainit.jobs.datasets.Dataset;
import org.adainit.jobs.datasets.DatasetCatalog;
import org.adainit.jobs.datasets.DatasetFile;
import org.adainit.jobs.datasets.Datasets;
import org.adainit.jobs.datasets.FileCheck;
import org.adainit.jobs.datasets.PreparedDataset;
import org.adainit.jobs.datasets.PreprocessingOptions;
import org.adainit.jobs.datasets.Split;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adainit datasets}: lists each dataset's files with their checksum status, its pool and the Table 1 splits
 * for one (qubits, seed), downloading missing files first. Exits with {@link AdaInitCli#EXIT_BAD_INPUT} when a dataset
 * cannot be loaded or, with {@code --verify}, when any present file differs from its catalog checksum.
 */
@Command(
        name = "datasets",
        mixinStandardHelpOptions = true,
        description = "List the datasets, their files, checksums, pools and splits; download missing files.")
public final class DatasetsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DataDirectoryOption dataDir;

    @Option(names = "--mirror", paramLabel = "URL",
            description = "Base URL to download missing files from (default: $ADAINIT_DATASET_MIRROR, else conf/datasets.yaml, else the canonical URLs).")
    private String mirror;

    @Option(names = "--verify", description = "Check the SHA-256 of every present file, optional ones included.")
    private boolean verify;

    @Option(names = "--qubits", paramLabel = "N", defaultValue = "4",
            description = "Qubit count the features are reduced for (default: ${DEFAULT-VALUE}).")
    private int qubits;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0",
            description = "Seed of the stratified splits (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<URI> mirrorUrl = Optional.ofNullable(mirror).map(text -> DatasetCatalog.baseUrl(text, "--mirror"));
        DataDirectory directory = DataDirectory.resolve(dataDir.given(), mirrorUrl, System.getenv(),
                Path.of(System.getProperty("user.home")), DatasetCatalog.standard(), line -> {
                    err.println(line);
                    err.flush();
                });
        List<String> problems = new ArrayList<>();
        Map<Dataset, PreparedDataset> prepared = new EnumMap<>(Dataset.class);
        for (Dataset dataset : Dataset.values()) {
            try {
                prepared.put(dataset, Datasets.prepare(dataset, directory, qubits, seed, PreprocessingOptions.paper()));
            } catch (InputException e) {
                problems.add(dataset.externalName() + ": " + e.getMessage());
            }
        }
        out.println("Data directory: " + directory.root() + " (from " + directory.origin() + ")");
        out.println("Downloads from: " + directory.mirror().map(uri -> "mirror " + uri).orElse("canonical URLs"));
        out.println();
        printFiles(out, directory, problems);
        out.println();
        printSplits(out, prepared);
        problems.forEach(problem -> err.println("error: " + problem));
        out.flush();
        err.flush();
        return problems.isEmpty() ? 0 : AdaInitCli.EXIT_BAD_INPUT;
    }

    private void printFiles(PrintWriter out, DataDirectory directory, List<String> problems) {
        String format = "%-8s %-27s %-10s %-9s %s%n";
        out.printf(Locale.ROOT, format, "DATASET", "FILE", "BYTES", "SHA-256", "STATUS");
        for (Dataset dataset : Dataset.values()) {
            for (DatasetFile file : directory.catalog().files(dataset)) {
                boolean required = dataset.requiredFiles().contains(file.name());
                FileCheck check = directory.check(file, verify || required);
                String shown = check.found().map(form -> form.name()).orElse(file.name());
                String hash = check.actualSha256().map(h -> h.substring(0, 8)).orElse("-");
                String status = switch (check.state()) {
                    case VERIFIED -> "ok";
                    case PRESENT -> "present (not checked; --verify checks it)";
                    case MISSING -> required ? "missing" : "absent (optional)";
                    case MISMATCH -> "MISMATCH";
                };
                // A required file's mismatch already failed its dataset's load, which reported it.
                if (check.state() == FileCheck.State.MISMATCH && !required) {
                    problems.add(check.path().orElseThrow() + " differs from the upstream file: "
                            + check.mismatchDetail());
                }
                out.printf(Locale.ROOT, format, dataset.externalName(), shown,
                        check.state() == FileCheck.State.MISSING ? "-" : Long.toString(check.actualSize()), hash,
                        status);
            }
        }
    }

    private void printSplits(PrintWriter out, Map<Dataset, PreparedDataset> prepared) {
        out.printf(Locale.ROOT, "Splits at %d qubits, seed %d (rows, class 0/class 1 in brackets):%n", qubits, seed);
        String format = "%-8s %-6s %-38s %-4s %-3s %-14s %-14s %s%n";
        out.printf(Locale.ROOT, format, "DATASET", "POOL", "CLASSES", "F", "d", "TRAIN", "VAL", "TEST");
        for (Dataset dataset : Dataset.values()) {
            PreparedDataset data = prepared.get(dataset);
            if (data == null) {
                out.printf(Locale.ROOT, "%-8s not available (see the error below)%n", dataset.externalName());
                continue;
            }
            int[] counts = data.poolClassCounts();
            String classes = data.classNames().get(0) + " " + counts[0] + ", " + data.classNames().get(1) + " "
                    + counts[1];
            out.printf(Locale.ROOT, format, dataset.externalName(), data.poolSize(), classes, data.featureCount(),
                    data.dimension(), describe(data.train()), describe(data.validation()), describe(data.test()));
        }
    }

    private static String describe(Split split) {
        int[] counts = split.classCounts();
        return split.size() + " (" + counts[0] + "/" + counts[1] + ")";
    }
}
