package org.adainit.jobs.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.adainit.jobs.spark.TestSpark;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** The sql command's CSV: whatever a value holds, an RFC 4180 parser reads back the value the query returned. */
class ResultPrinterCsvTest {

    private static final StructType SCHEMA = new StructType()
            .add("label, \"quoted\"", DataTypes.StringType)
            .add("value", DataTypes.DoubleType);

    @Test
    void commasQuotesAndLineBreaksInValuesReadBackUnchanged() throws IOException {
        List<Row> rows = List.of(
                RowFactory.create("a,b", 0.1 + 0.2),
                RowFactory.create("say \"hi\"", -1.0e-300),
                RowFactory.create("first line\nsecond line\r\nthird", 2.0),
                RowFactory.create(" padded ", null),
                RowFactory.create(null, 3.0));
        Dataset<Row> result = TestSpark.session().createDataFrame(rows, SCHEMA);
        StringWriter text = new StringWriter();

        int printed = new ResultPrinter(OutputFormat.CSV, 10).print(result, new PrintWriter(text));

        assertEquals(rows.size(), printed);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.toString()), CSVFormat.RFC4180)) {
            records = parser.getRecords();
        }
        assertEquals(List.of("label, \"quoted\"", "value"), records.get(0).toList());
        List<List<String>> expected = List.of(
                List.of("a,b", "0.30000000000000004"),
                List.of("say \"hi\"", "-1.0E-300"),
                List.of("first line\nsecond line\r\nthird", "2.0"),
                List.of(" padded ", ""),
                List.of("", "3.0"));
        assertEquals(expected, records.subList(1, records.size()).stream().map(CSVRecord::toList).toList());
    }

    @Test
    void atMostMaxRowsArePrinted() throws IOException {
        List<Row> rows = Arrays.asList(RowFactory.create("x", 1.0), RowFactory.create("y", 2.0),
                RowFactory.create("z", 3.0));
        StringWriter text = new StringWriter();

        int printed = new ResultPrinter(OutputFormat.CSV, 2)
                .print(TestSpark.session().createDataFrame(rows, SCHEMA), new PrintWriter(text));

        assertEquals(2, printed);
        try (CSVParser parser = CSVParser.parse(new StringReader(text.toString()), CSVFormat.RFC4180)) {
            assertEquals(List.of("x", "y"), parser.getRecords().stream().skip(1).map(r -> r.get(0)).toList());
        }
    }
}
