package org.adainit.jobs.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.adainit.jobs.tables.diagnosis.DiagnosticTable;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * docs/tables.md against the schemas the code declares: every table, every column and its type. The tests that run
 * real pipelines compare the same page with the Parquet files they write.
 */
class TablesPageTest {

    @Test
    void documentsEveryColumnOfEveryTableWithItsType() throws Exception {
        Map<String, Map<String, String>> documented = DocumentedColumns.read();
        declaredSchemas().forEach((table, schema) -> assertEquals(DocumentedColumns.of(schema), documented.get(table),
                "docs/tables.md columns of " + table));
    }

    @Test
    void documentsNoTableTheCodeDoesNotWrite() throws Exception {
        assertEquals(declaredSchemas().keySet(), new TreeSet<>(DocumentedColumns.read().keySet()));
    }

    @Test
    void aMissingOrMistypedColumnInThePageNoLongerMatchesTheSchema() throws Exception {
        List<String> page = Files.readAllLines(DocumentedColumns.TABLES_PAGE);
        Map<String, String> declared = DocumentedColumns.of(ResultTable.CELLS.schema());
        String varianceStart = "| `variance` | `double` | Var[∂E/∂l0[0,0,0]] over epochs of θ0* (search)";
        int varianceRow = page.stream().filter(line -> line.startsWith(varianceStart)).findFirst()
                .map(page::indexOf).orElse(-1);
        assertTrue(varianceRow > 0, "the cells table documents its variance column");

        List<String> withoutTheRow = new ArrayList<>(page);
        withoutTheRow.remove(varianceRow);
        assertNotEquals(declared, DocumentedColumns.parse(withoutTheRow).get("cells"));

        List<String> mistyped = new ArrayList<>(page);
        mistyped.set(varianceRow, page.get(varianceRow).replace("`double`", "`float`"));
        assertNotEquals(declared, DocumentedColumns.parse(mistyped).get("cells"));

        assertEquals(declared, DocumentedColumns.parse(page).get("cells"));
    }

    /** Every table a run or diagnose writes, by name. */
    private static SortedMap<String, StructType> declaredSchemas() {
        SortedMap<String, StructType> schemas = new TreeMap<>();
        for (ResultTable table : ResultTable.values()) {
            schemas.put(table.tableName(), table.schema());
        }
        for (DiagnosticTable table : DiagnosticTable.values()) {
            schemas.put(table.tableName(), table.schema());
        }
        return schemas;
    }
}
