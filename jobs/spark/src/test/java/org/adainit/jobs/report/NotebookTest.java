package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a notebook's setup cell looks for the run's tables. */
class NotebookTest {

    @Test
    void aLocalRunIsReachedRelativelyFromTheNotebooksFolder() {
        assertEquals("../../results/export/quickstart",
                Notebook.resultsFrom(Path.of("notebooks-export/quickstart"), "results/export/quickstart"));
        Path here = Path.of("").toAbsolutePath();
        assertEquals("../runs/a", Notebook.resultsFrom(here.resolve("reports"), "file:" + here.resolve("runs/a")),
                "an absolute location becomes relative too: no path of this machine in the notebook");
    }

    @Test
    void aClusterRunKeepsItsUri() {
        assertEquals("hdfs:///adainit/fig3", Notebook.resultsFrom(Path.of("report"), "hdfs:///adainit/fig3"));
        assertEquals("s3a://bucket/run", Notebook.resultsFrom(Path.of("report"), "s3a://bucket/run"));
    }
}
