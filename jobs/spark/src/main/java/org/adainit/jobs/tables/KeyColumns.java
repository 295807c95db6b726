package org.adainit.jobs.tables;

import java.util.List;
import org.adainit.jobs.grid.Cell;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The columns that tie a row of the iterations and epochs tables to its cell: the id and the axes most queries filter
 * or group on, so those queries need no join.
 */
final class KeyColumns {

    static final List<StructField> FIELDS = List.of(
            DataTypes.createStructField("cell_id", DataTypes.StringType, false),
            DataTypes.createStructField("dataset", DataTypes.StringType, false),
            DataTypes.createStructField("prior", DataTypes.StringType, false),
            DataTypes.createStructField("qubits", DataTypes.IntegerType, false),
            DataTypes.createStructField("layers", DataTypes.IntegerType, false),
            DataTypes.createStructField("seed", DataTypes.IntegerType, false),
            DataTypes.createStructField("variant", DataTypes.StringType, false));

    private KeyColumns() {}

    static List<Object> values(Cell cell) {
        return List.of(cell.id(), cell.dataset().externalName(), cell.prior().externalName(), cell.qubits(),
                cell.layers(), cell.seed(), cell.method().label());
    }
}
