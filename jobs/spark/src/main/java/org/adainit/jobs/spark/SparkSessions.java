package org.adainit.jobs.spark;

import java.util.Map;
import java.util.TreeMap;
import org.adainit.jobs.store.NioLocalFileSystem;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The SparkSession of a command. Under {@code spark-submit} the master and every setting come from it; from the
 * launcher (a plain JVM) the master is {@code --master} or {@code local[*]}, so local mode needs no Spark installation.
 */
public final class SparkSessions {

    public static final String DEFAULT_MASTER = "local[*]";

    /** See {@link #forSmallTables}; {@code factoryMode} is an internal setting of Spark's, honoured by every plan. */
    private static final Map<String, String> SMALL_TABLE_SETTINGS = Map.of(
            "spark.sql.codegen.wholeStage", "false",
            "spark.sql.codegen.factoryMode", "NO_CODEGEN");

    /**
     * Up to this size in Parquet (about 150 000 epochs rows) a query's interpreted expressions cost at most about as
     * much as compiling them would (see {@link #forTables}).
     */
    public static final long SMALL_TABLE_BYTES = 4L << 20;

    /** The local file system of local-mode sessions, and of their executors in the same JVM. */
    private static final String LOCAL_FILE_SYSTEM = "spark.hadoop." + NioLocalFileSystem.HADOOP_KEY;

    private SparkSessions() {}

    /** How long a command keeps its session, which decides whether a web UI is worth starting. */
    public enum Use {
        /** Runs cells for minutes to days: the web UI shows its tasks. */
        RUN,
        /** Answers in seconds (tables, queries, figures): starting the web UI would be a noticeable share of it. */
        QUERY
    }

    /**
     * Settings given by spark-submit, {@code --conf} or {@code -Dspark.*} win over the defaults set here. The classic
     * (in-process) session is asked for by its class: the generic {@code SparkSession.builder()} first looks the
     * implementation up through Scala reflection, which cost a second of every command's start-up, and the jobs need
     * the classic one anyway (they run their own tasks on the {@code SparkContext}). The launcher learns that this
     * launch started Spark ({@link ArchiveRecording}).
     *
     * @param master {@code --master}; null keeps spark-submit's master, or {@link #DEFAULT_MASTER} without one
     */
    public static SparkSession create(String master, String appName, Use use) {
        SparkSession session = org.apache.spark.sql.classic.SparkSession.builder()
                .config(configure(new SparkConf(), master, appName, use))
                .getOrCreate();
        ArchiveRecording.sparkStarted();
        return session;
    }

    /**
     * A session on {@code spark}'s context whose queries interpret their expressions instead of compiling them: for
     * building and printing the tables of a grid, a few thousand rows each in a few fixed plans, where compiling the
     * generated code of each plan (Janino) cost more than running it (the quickstart's table build and report took
     * 4.7-5.1 s with code generation, 3.3-3.4 s without). Queries a user types on larger tables keep Spark's default
     * ({@link #forTables}). A setting given in the Spark configuration wins.
     */
    public static SparkSession forSmallTables(SparkSession spark) {
        SparkSession small = spark.newSession();
        smallTableSettings(spark.sparkContext().getConf()).forEach(small.conf()::set);
        return small;
    }

    /**
     * The session to query result tables of {@code tableBytes} (their Parquet files together) in: a
     * {@link #forSmallTables} one up to {@link #SMALL_TABLE_BYTES}, {@code spark} itself above. On the quickstart's
     * 1.7 MB of tables, compiling each query's generated code cost more than it saved ({@code sql --file
     * conf/sql/ours-vs-classic.sql} 7.3-8.5 s with it, 5.7-6.1 s without; {@code report} 18-22 s against 16 s); on
     * 26 MB of epochs (a million rows) interpreting a grouped aggregate took 9-16 s against 6-8 s compiled.
     */
    public static SparkSession forTables(SparkSession spark, long tableBytes) {
        return tableBytes <= SMALL_TABLE_BYTES ? forSmallTables(spark) : spark;
    }

    /** The settings {@link #forSmallTables} makes, but those {@code given} already has. */
    static Map<String, String> smallTableSettings(SparkConf given) {
        Map<String, String> settings = new TreeMap<>(SMALL_TABLE_SETTINGS);
        settings.keySet().removeIf(given::contains);
        return settings;
    }

    /** Adds this project's defaults to {@code conf} (which holds spark-submit's and {@code -Dspark.*} settings). */
    static SparkConf configure(SparkConf conf, String master, String appName, Use use) {
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(DEFAULT_MASTER);
        }
        conf.setIfMissing("spark.app.name", appName);
        if (use == Use.QUERY) {
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        if (conf.get("spark.master").startsWith("local")) {
            // Result tables hold hundreds to thousands of rows: Spark's 200 shuffle partitions would be 200 tasks a
            // shuffle on the one JVM, where as many as there are cores do the same work.
            conf.setIfMissing("spark.sql.shuffle.partitions",
                    Integer.toString(Runtime.getRuntime().availableProcessors()));
            // Only in local mode, where the class is on the launcher's classpath: a cluster's executors load the
            // application jar in a class loader of their own, and their cells take too long for the chmod to count.
            conf.setIfMissing(LOCAL_FILE_SYSTEM, NioLocalFileSystem.class.getName());
        }
        // Our own progress lines replace Spark's console progress bar, which would overwrite them.
        conf.setIfMissing("spark.ui.showConsoleProgress", "false");
        conf.setIfMissing("spark.sql.session.timeZone", "UTC");
        // The cells table is wide; Spark would warn about it on every plan it prints.
        conf.setIfMissing("spark.sql.debug.maxToStringFields", "100");
        return conf;
    }

    /**
     * The Hadoop configuration a session on {@code master} would have ({@code core-site.xml} plus every
     * {@code spark.hadoop.*} setting, ours included), without starting one: enough to look at a result directory
     * before deciding whether Spark is needed.
     *
     * @param master {@code --master}, as for {@link #create}
     */
    public static Configuration hadoopConfiguration(String master) {
        Configuration configuration = new Configuration();
        for (Tuple2<String, String> entry : configure(new SparkConf(), master, "", Use.QUERY)
                .getAllWithPrefix("spark.hadoop.")) {
            configuration.set(entry._1(), entry._2());
        }
        return configuration;
    }
}
