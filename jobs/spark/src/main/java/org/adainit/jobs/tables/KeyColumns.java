package org.adainit.jobs.tables;

import org.adainit.jobs.grid.Cell;
import org.apache.spark.sql.types.DataTypes;

/**
 * The columns that tie a row of the iterations and epochs tables to its cell: the id and the axes most queries filter
 * or group on, so those queries need no join.
 */
final class KeyColumns {

    static final TableColumns<Cell> COLUMNS = new TableColumns<Cell>()
            .required("cell_id", DataTypes.StringType, Cell::id)
            .required("dataset", DataTypes.StringType, cell -> cell.dataset().externalName())
            .required("prior", DataTypes.StringType, cell -> cell.prior().externalName())
            .required("qubits", DataTypes.IntegerType, Cell::qubits)
            .required("layers", DataTypes.IntegerType, Cell::layers)
            .required("seed", DataTypes.IntegerType, Cell::seed)
            .required("variant", DataTypes.StringType, cell -> cell.method().label());

    private KeyColumns() {}
}
