package org.adainit.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Item ids are file names and notebook cell ids: short, plain and distinct. */
class ReportItemTest {

    @Test
    void aSlugIsLowerCaseWithDashes() {
        assertEquals("fig3-qubits-iris-uniform-l2", ReportItem.slug("fig3", "qubits", "Iris", "uniform", "L2"));
        assertEquals("fig8-iris-adainit-llm-t0-5-p0-9", ReportItem.slug("fig8", "iris", "adainit-llm-t0.5-p0.9"));
    }

    @Test
    void aLongSlugFitsANotebookCellIdAndStaysDistinct() {
        String a = ReportItem.slug("fig8", "titanic", "gainit", "adainit-replay-no-description", "layers at N = 2",
                "extra words");
        String b = ReportItem.slug("fig8", "titanic", "gainit", "adainit-replay-no-description", "layers at N = 2",
                "other words");
        assertTrue(a.length() <= 64 && b.length() <= 64, a + " " + b);
        assertNotEquals(a, b);
        assertTrue(a.matches("[a-z0-9][a-z0-9-]*"), a);
    }
}
