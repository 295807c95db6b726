package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.adainit.jobs.report.Report;
import org.adainit.jobs.report.ReportBuilder;
import org.adainit.jobs.report.ReportSection;
import org.adainit.jobs.report.ReportWriter;
import org.adainit.jobs.report.ResultTables;
import org.adainit.jobs.spark.LazySparkSession;
import org.adainit.jobs.spark.SparkSessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code adainit report --out DIR [--to PATH]}: the figures of a run, from its Parquet tables, as one self-contained
 * HTML page, a notebook, and PNG and SVG files.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Draw the paper's figures from a run's tables: report.html, report.ipynb and figures/*.png|svg.")
public final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ResultDirectoryOption out;

    @Option(names = "--to", paramLabel = "PATH",
            description = "Local directory for the report (default: DIR/report when DIR is local).")
    private Path to;

    @Mixin
    private MasterOption master;

    @Override
    public Integer call() {
        Path target = to != null ? to : defaultTarget(out.path);
        Report report;
        try (LazySparkSession spark = new LazySparkSession(master.url, "adainit report", SparkSessions.Use.QUERY)) {
            report = ReportBuilder.build(ResultTables.open(spark.get(), out.path), ProjectVersion.current());
        }
        try {
            ReportWriter.write(report, target);
        } catch (UncheckedIOException e) {
            throw new InputException("--to " + target + ": cannot write the report (" + e.getCause().getMessage()
                    + ")", e);
        }
        PrintWriter console = spec.commandLine().getOut();
        for (ReportSection section : report.sections()) {
            console.printf("%-62s %3d %s%n", section.title(), section.items().size(),
                    section.items().size() == 1 ? "item" : "items");
        }
        report.leftOut().forEach(line -> console.println("not in this run: " + line));
        long figures = report.items().stream().filter(item -> item.figure().isPresent()).count();
        console.printf("report: %s (%d figures, also as PNG and SVG in %s), notebook %s%n",
                target.resolve(ReportWriter.HTML), figures, target.resolve(ReportWriter.FIGURES),
                target.resolve(ReportWriter.NOTEBOOK));
        console.flush();
        return 0;
    }

    private static Path defaultTarget(String out) {
        URI uri = new org.apache.hadoop.fs.Path(out).toUri();
        if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
            throw new InputException("--to is required when --out is not a local directory (" + out + ")");
        }
        return Path.of(uri.getPath()).resolve("report");
    }
}
