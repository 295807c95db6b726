package org.adainit.jobs.prompt;

import java.util.Locale;
import org.adainit.simulator.qnn.QnnParameters;

/**
 * Writes θ0 the way the paper's prompt asks the model to write it: a Python dict with keys 'l0', 'l1', 'l2' and
 * floats rounded to four decimals. The feedback quotes the last accepted θ0 in this form so the model sees its own
 * output format.
 */
public final class ThetaText {

    private ThetaText() {}

    public static String of(QnnParameters theta) {
        StringBuilder out = new StringBuilder("{'l0': [");
        double[][][] l0 = theta.l0Tensor();
        for (int l = 0; l < l0.length; l++) {
            out.append(l == 0 ? "" : ", ").append('[');
            for (int w = 0; w < l0[l].length; w++) {
                out.append(w == 0 ? "" : ", ");
                appendList(out, l0[l][w]);
            }
            out.append(']');
        }
        out.append("], 'l1': [");
        double[][] l1 = theta.l1Tensor();
        for (int c = 0; c < l1.length; c++) {
            out.append(c == 0 ? "" : ", ");
            appendList(out, l1[c]);
        }
        out.append("], 'l2': ");
        appendList(out, theta.l2Tensor());
        return out.append('}').toString();
    }

    private static void appendList(StringBuilder out, double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", values[i]));
        }
        out.append(']');
    }
}
