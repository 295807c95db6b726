package org.adainit.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.spark.Concurrently;
import org.adainit.jobs.spark.SparkSessions;
import org.adainit.jobs.store.ResultDirectory;
import org.adainit.jobs.store.CellStore;
import org.adainit.jobs.store.HadoopFiles;
import org.adainit.jobs.tables.BuiltTables;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The Parquet tables of one result directory, each registered as a Spark SQL view named like its folder, and the
 * run's {@code manifest.json}. Every folder holding Parquet files counts, so tables added by later jobs (diagnostics)
 * are found without a list to maintain; folders starting with '_' or '.' are the pipeline's own bookkeeping.
 */
public final class ResultTables {

    private static final String MANIFEST = "manifest.json";
    private static final byte[] PARQUET_MAGIC = "PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Queries in flight at once: a report's queries are small, so a few at a time keep the driver and the local cores
     * busy while each waits on Spark's scheduling; many more would only queue inside Spark.
     */
    static final int CONCURRENT_QUERIES = 4;

    private final Semaphore queries = new Semaphore(CONCURRENT_QUERIES);
    private final SparkSession spark;
    private final String location;
    private final Map<String, Set<String>> columns;
    private final JsonNode manifest;
    private final boolean stale;

    private ResultTables(SparkSession spark, String location, Map<String, Set<String>> columns, JsonNode manifest,
            boolean stale) {
        this.spark = spark;
        this.location = location;
        this.columns = columns;
        this.manifest = manifest;
        this.stale = stale;
    }

    /**
     * Registers the tables under {@code location} (any Hadoop file system path), in a session of {@code session}'s
     * context sized for them ({@link SparkSessions#forTables}).
     *
     * @throws InputException when the directory is missing, holds no table, or a table cannot be read
     */
    public static ResultTables open(SparkSession session, String location) {
        Path root = new Path(location);
        try {
            FileSystem fs = root.getFileSystem(session.sparkContext().hadoopConfiguration());
            if (!fs.exists(root) || !fs.getFileStatus(root).isDirectory()) {
                throw new InputException("--out " + location + ": no such result directory");
            }
            List<FileStatus> tables = new ArrayList<>();
            long tableBytes = 0;
            for (FileStatus child : fs.listStatus(root)) {
                String name = child.getPath().getName();
                if (child.isDirectory() && !name.startsWith("_") && !name.startsWith(".")) {
                    long bytes = validParquetBytes(fs, name, child);
                    if (bytes > 0) {
                        tables.add(child);
                        tableBytes += bytes;
                    }
                }
            }
            SparkSession spark = SparkSessions.forTables(session, tableBytes);
            // Each read infers its table's schema with a Spark job of its own; they wait on Spark, not on the cores.
            List<Set<String>> registered = Concurrently.map(tables, CONCURRENT_QUERIES,
                    table -> register(spark, table.getPath().getName(), table.getPath().toString()));
            Map<String, Set<String>> columns = new TreeMap<>();
            for (int i = 0; i < tables.size(); i++) {
                columns.put(tables.get(i).getPath().getName(), registered.get(i));
            }
            if (columns.isEmpty()) {
                throw new InputException("--out " + location + " holds no result tables; run 'adainit run GRID --out "
                        + location + "' first");
            }
            ResultDirectory directory =
                    ResultDirectory.open(location, session.sparkContext().hadoopConfiguration());
            boolean stale = directory.exists(ResultDirectory.CELLS)
                    && BuiltTables.problem(directory, new CellStore(directory)).isPresent();
            return new ResultTables(spark, location, columns, readManifest(fs, new Path(root, MANIFEST)), stale);
        } catch (IOException e) {
            throw new InputException("--out " + location + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    public String location() {
        return location;
    }

    public Set<String> tableNames() {
        return columns.keySet();
    }

    public boolean has(String table) {
        return columns.containsKey(table);
    }

    /** True when the table exists and has every named column. */
    public boolean has(String table, String... required) {
        return has(table) && columns.get(table).containsAll(Arrays.asList(required));
    }

    /**
     * True when a pipeline run committed cells but its tables were not (re)built completely afterwards, e.g. the run
     * was stopped during aggregation: the tables may miss cells until {@code adainit aggregate} runs.
     */
    public boolean stale() {
        return stale;
    }

    /** The run's manifest, when the directory has one. */
    public Optional<JsonNode> manifest() {
        return Optional.ofNullable(manifest);
    }

    /**
     * Runs a query over the registered views and collects its result. Safe to call from several threads; at most
     * {@link #CONCURRENT_QUERIES} run at once, the others wait.
     */
    public QueryResult query(String sql) {
        queries.acquireUninterruptibly();
        try {
            Dataset<Row> result = spark.sql(sql);
            return QueryResult.of(sql, result.columns(), result.collectAsList());
        } finally {
            queries.release();
        }
    }

    private static Set<String> register(SparkSession spark, String name, String path) {
        try {
            Dataset<Row> table = spark.read().parquet(path);
            table.createOrReplaceTempView(name);
            return Arrays.stream(table.columns()).collect(Collectors.toUnmodifiableSet());
        } catch (Exception e) {
            // Spark reports unreadable files in several exception types, some checked; all mean "bad table here".
            throw new InputException("table " + name + " (" + path + "): cannot read its Parquet files ("
                    + firstLine(e.getMessage()) + ")", e);
        }
    }

    /**
     * The bytes of the folder's Parquet files, 0 when it holds none (not a table); each must start and end with
     * Parquet's magic bytes. Checking that here turns the usual corruption (a truncated or overwritten file) into a
     * message naming the file, where Spark would log a stack trace per failed task first.
     */
    private static long validParquetBytes(FileSystem fs, String table, FileStatus folder) throws IOException {
        long bytes = 0;
        for (FileStatus file : HadoopFiles.filesUnder(fs, folder.getPath())) {
            if (file.getPath().getName().endsWith(".parquet")) {
                if (!hasParquetMagic(fs, file)) {
                    throw new InputException("table " + table + ": " + file.getPath() + " is not a Parquet file "
                            + "(truncated or overwritten?)");
                }
                bytes += file.getLen();
            }
        }
        return bytes;
    }

    private static boolean hasParquetMagic(FileSystem fs, FileStatus file) throws IOException {
        if (file.getLen() < 2L * PARQUET_MAGIC.length) {
            return false;
        }
        byte[] head = new byte[PARQUET_MAGIC.length];
        byte[] tail = new byte[PARQUET_MAGIC.length];
        try (FSDataInputStream in = fs.open(file.getPath())) {
            in.readFully(0, head);
            in.readFully(file.getLen() - tail.length, tail);
        }
        return Arrays.equals(head, PARQUET_MAGIC) && Arrays.equals(tail, PARQUET_MAGIC);
    }

    private static JsonNode readManifest(FileSystem fs, Path file) {
        try (InputStream in = fs.open(file)) {
            return new ObjectMapper().readTree(in);
        } catch (FileNotFoundException absent) {
            return null;
        } catch (IOException e) {
            throw new InputException(file + ": not valid JSON (" + firstLine(e.getMessage()) + ")", e);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
