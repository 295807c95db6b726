package org.adainit.jobs.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a report into a local directory: {@code report.html}, {@code report.ipynb} and {@code figures/<id>.png|svg}.
 * Figures left from an earlier report in the same directory are removed first, so the folder shows exactly this
 * run's figures.
 */
public final class ReportWriter {

    public static final String HTML = "report.html";
    public static final String NOTEBOOK = "report.ipynb";
    public static final String FIGURES = "figures";

    private ReportWriter() {}

    public static void write(Report report, Path directory) {
        try {
            Path figures = Files.createDirectories(directory.resolve(FIGURES));
            try (DirectoryStream<Path> old = Files.newDirectoryStream(figures, "*.{png,svg}")) {
                for (Path file : old) {
                    Files.delete(file);
                }
            }
            for (ReportItem item : report.items()) {
                if (item.figure().isPresent()) {
                    Files.write(figures.resolve(item.id() + ".png"), item.figure().get().png());
                    Files.writeString(figures.resolve(item.id() + ".svg"), item.figure().get().svg(),
                            StandardCharsets.UTF_8);
                }
            }
            Files.writeString(directory.resolve(NOTEBOOK), Notebook.render(report, directory), StandardCharsets.UTF_8);
            Files.writeString(directory.resolve(HTML), HtmlPage.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("writing the report to " + directory + ": " + e.getMessage(), e);
        }
    }
}
