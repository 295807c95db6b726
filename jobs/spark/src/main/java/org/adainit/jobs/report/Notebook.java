package org.adainit.jobs.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The report as a Jupyter notebook (nbformat 4.5) for the stock Python 3 kernel: a setup cell that opens the run's
 * Parquet tables as Spark SQL views with PySpark, then per figure a markdown cell with its title and caption and a
 * code cell running the figure's SQL, whose outputs are the query result (HTML and plain text) and the figure (SVG)
 * as exported. The same SQL also runs as is with {@code submit/adainit sql --out DIR "<query>"}.
 */
public final class Notebook {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Notebook() {}

    /** @param directory where the notebook is written: its cells reach the run's tables from there */
    public static String render(Report report, Path directory) {
        String results = resultsFrom(directory, report.location());
        ObjectNode notebook = JSON.createObjectNode();
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        ObjectNode metadata = notebook.putObject("metadata");
        ObjectNode kernel = metadata.putObject("kernelspec");
        kernel.put("name", "python3");
        kernel.put("display_name", "Python 3");
        kernel.put("language", "python");
        metadata.putObject("language_info").put("name", "python");
        ArrayNode cells = notebook.putArray("cells");
        StringBuilder header = new StringBuilder("# ").append(report.title()).append("\n\n");
        for (Map.Entry<String, String> fact : report.facts().entrySet()) {
            header.append("- **").append(fact.getKey()).append("**: ").append(fact.getValue()).append('\n');
        }
        header.append("\nThe outputs are those of the export. To run the cells again in Jupyter (Python 3 kernel), ")
                .append("install PySpark 4 with its SQL extras (`pip install \"pyspark[sql]>=4.0\"`) and point ")
                .append("`ADAINIT_RESULTS` at the run's result directory if it is not `").append(results)
                .append("` from the notebook's folder. Each query also runs as is with ")
                .append("`submit/adainit sql --out DIR \"<query>\"`.\n");
        markdown(cells, "header", header.toString());
        int count = 0;
        setup(cells, report.tables(), results, ++count);
        for (ReportSection section : report.sections()) {
            markdown(cells, section.id(), "## " + section.title() + "\n\n" + section.intro());
            for (ReportItem item : section.items()) {
                // The code cell carries the item's id (up to 64 characters, nbformat's limit); its text is numbered.
                markdown(cells, "text-" + (++count), "### " + item.title() + "\n\n" + item.caption());
                code(cells, item, count);
            }
        }
        if (!report.leftOut().isEmpty()) {
            StringBuilder text = new StringBuilder("## Not in this run\n\n");
            report.leftOut().forEach(line -> text.append("- ").append(line).append('\n'));
            markdown(cells, "left-out", text.toString());
        }
        try {
            return JSON.writeValueAsString(notebook) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a notebook tree is always serialisable", e);
        }
    }

    /** Opens every table of the run as a view named like it, as {@code adainit sql} does. */
    private static void setup(ArrayNode cells, List<String> tableNames, String results, int executionCount) {
        StringBuilder tables = new StringBuilder();
        for (String table : tableNames) {
            tables.append(tables.length() == 0 ? "" : ", ").append(pythonString(table));
        }
        String source = "import os\n"
                + "from pyspark.sql import SparkSession\n\n"
                + "RESULTS = os.environ.get(\"ADAINIT_RESULTS\", " + pythonString(results) + ")\n"
                + "spark = SparkSession.builder.master(\"local[*]\").appName(\"adainit report\").getOrCreate()\n"
                + "for table in [" + tables + "]:\n"
                + "    spark.read.parquet(RESULTS + \"/\" + table).createOrReplaceTempView(table)\n";
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.put("id", "setup");
        cell.putObject("metadata");
        cell.put("execution_count", executionCount);
        cell.put("source", source);
        cell.putArray("outputs");
    }

    /**
     * The run's folder as Jupyter reaches it from the notebook's folder, its working directory: a relative path for a
     * local run (never an absolute one, which would name this machine), the URI as given for hdfs://, s3a:// and such.
     */
    static String resultsFrom(Path notebookDirectory, String location) {
        if (location.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !location.startsWith("file:")) {
            return location;
        }
        Path run = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
        return notebookDirectory.toAbsolutePath().normalize().relativize(run.toAbsolutePath().normalize()).toString();
    }

    /** A figure's Spark SQL as a cell that runs it and shows the result as a table. */
    private static String python(String sql) {
        if (sql.contains("\"\"\"")) {
            throw new IllegalStateException("a report query holds no triple quote: " + sql);
        }
        return "spark.sql(r\"\"\"\n" + sql.strip() + "\n\"\"\").toPandas()";
    }

    /** A Python string literal of plain text (table names, a path): backslashes and quotes escaped. */
    private static String pythonString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void markdown(ArrayNode cells, String id, String text) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "markdown");
        cell.put("id", id);
        cell.putObject("metadata");
        cell.put("source", text);
    }

    private static void code(ArrayNode cells, ReportItem item, int executionCount) {
        ObjectNode cell = cells.addObject();
        cell.put("cell_type", "code");
        cell.put("id", item.id());
        cell.putObject("metadata");
        cell.put("execution_count", executionCount);
        cell.put("source", python(item.data().sql()));
        ArrayNode outputs = cell.putArray("outputs");
        ObjectNode result = outputs.addObject();
        result.put("output_type", "execute_result");
        result.put("execution_count", executionCount);
        result.putObject("metadata");
        ObjectNode data = result.putObject("data");
        StringBuilder table = new StringBuilder();
        HtmlPage.table(table, item);
        data.put("text/html", table.toString());
        data.put("text/plain", CellFormat.plainTable(item.data()));
        item.figure().ifPresent(images -> {
            ObjectNode figure = outputs.addObject();
            figure.put("output_type", "display_data");
            figure.putObject("metadata");
            ObjectNode figureData = figure.putObject("data");
            figureData.put("image/svg+xml", images.svg().substring(images.svg().indexOf("<svg")));
            figureData.put("text/plain", item.title());
        });
    }
}
