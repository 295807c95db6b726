package org.adainit.jobs.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The report as a Jupyter notebook (nbformat 4.5): per figure a markdown cell with its title and caption, then a
 * code cell holding the figure's SQL whose outputs are the query result (HTML and plain text) and the figure (SVG).
 * The SQL runs as is with {@code submit/adainit sql --out DIR "<query>"}; the kernel is named for that.
 */
public final class Notebook {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Notebook() {}

    public static String render(Report report) {
        ObjectNode notebook = JSON.createObjectNode();
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        ObjectNode metadata = notebook.putObject("metadata");
        ObjectNode kernel = metadata.putObject("kernelspec");
        kernel.put("name", "adainit-sql");
        kernel.put("display_name", "Spark SQL (submit/adainit sql)");
        kernel.put("language", "sql");
        metadata.putObject("language_info").put("name", "sql");
        ArrayNode cells = notebook.putArray("cells");
        StringBuilder header = new StringBuilder("# ").append(report.title()).append("\n\n");
        for (Map.Entry<String, String> fact : report.facts().entrySet()) {
            header.append("- **").append(fact.getKey()).append("**: ").append(fact.getValue()).append('\n');
        }
        header.append("\nEach code cell is the SQL of the figure or table below it; run it with ")
                .append("`submit/adainit sql --out DIR \"<query>\"`.\n");
        markdown(cells, "header", header.toString());
        int count = 0;
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
        cell.put("source", item.data().sql());
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
