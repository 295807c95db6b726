package org.adainit.jobs.generator.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/**
 * Checks a parsed reply against the exact shapes l0 (L, N, 3), l1 (C, N), l2 (C) and finite numbers. All shapes
 * are checked before any value, so a wrongly shaped reply is always reported as a shape problem. Messages name the
 * tensor and index, e.g. {@code l0[1] has length 1, expected 2 (l0 must have shape (2, 2, 3))}.
 */
public final class ThetaValidator {

    private ThetaValidator() {}

    /** θ0 from a dictionary with keys l0, l1, l2; other keys are ignored. */
    public static QnnParameters full(JsonNode reply, QnnShape shape) throws ReplyProblem {
        if (!reply.isObject()) {
            throw shape("the reply is " + describe(reply) + ", expected a dictionary with keys 'l0', 'l1', 'l2'");
        }
        for (ThetaTensor t : ThetaTensor.values()) {
            if (!reply.has(t.key())) {
                List<String> keys = new ArrayList<>();
                reply.fieldNames().forEachRemaining(k -> keys.add("'" + k + "'"));
                throw shape("the dictionary has no key '" + t.key() + "' (its keys: " + String.join(", ", keys) + ")");
            }
        }
        for (ThetaTensor t : ThetaTensor.values()) {
            checkShape(reply.get(t.key()), t.key(), t, shape, 0);
        }
        double[] values = new double[shape.parameterCount()];
        int offset = 0;
        for (ThetaTensor t : ThetaTensor.values()) {
            offset = collect(reply.get(t.key()), t.key(), values, offset);
        }
        return new QnnParameters(shape, values);
    }

    /**
     * One tensor, from a bare list or from a dictionary holding it under its key (the per-tensor step of the repair
     * ladder), flattened row-major.
     */
    public static double[] tensor(JsonNode reply, ThetaTensor tensor, QnnShape shape) throws ReplyProblem {
        JsonNode node = reply;
        if (reply.isObject()) {
            if (!reply.has(tensor.key())) {
                throw shape("the dictionary has no key '" + tensor.key() + "'");
            }
            node = reply.get(tensor.key());
        }
        checkShape(node, tensor.key(), tensor, shape, 0);
        double[] values = new double[Arrays.stream(tensor.dims(shape)).reduce(1, (a, b) -> a * b)];
        collect(node, tensor.key(), values, 0);
        return values;
    }

    private static void checkShape(JsonNode node, String path, ThetaTensor t, QnnShape shape, int depth)
            throws ReplyProblem {
        int[] dims = t.dims(shape);
        if (depth == dims.length) {
            if (node.isContainerNode()) {
                throw shape(path + " is " + describe(node) + ", expected a number (" + t.key() + " must have shape "
                        + t.shapeText(shape) + ")");
            }
            return;
        }
        if (!node.isArray()) {
            throw shape(path + " is " + describe(node) + ", expected a list of length " + dims[depth] + " ("
                    + t.key() + " must have shape " + t.shapeText(shape) + ")");
        }
        if (node.size() != dims[depth]) {
            throw shape(path + " has length " + node.size() + ", expected " + dims[depth] + " (" + t.key()
                    + " must have shape " + t.shapeText(shape) + ")");
        }
        for (int i = 0; i < node.size(); i++) {
            checkShape(node.get(i), path + "[" + i + "]", t, shape, depth + 1);
        }
    }

    /** Writes the leaves in row-major order from {@code offset}; returns the next free offset. */
    private static int collect(JsonNode node, String path, double[] out, int offset) throws ReplyProblem {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                offset = collect(node.get(i), path + "[" + i + "]", out, offset);
            }
            return offset;
        }
        if (!node.isNumber()) {
            throw new ReplyProblem(ReplyProblem.Kind.VALUE, path + " is " + describe(node) + ", expected a number");
        }
        double v = node.doubleValue();
        if (!Double.isFinite(v)) {
            throw new ReplyProblem(ReplyProblem.Kind.VALUE, path + " is " + v + ", expected a finite number");
        }
        out[offset] = v;
        return offset + 1;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list of length " + node.size();
            case OBJECT -> "a dictionary";
            case STRING -> "the string \"" + abbreviate(node.asText()) + "\"";
            case NULL -> "null";
            case BOOLEAN -> "the boolean " + node.asText();
            case NUMBER -> "the number " + node.asText();
            default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static ReplyProblem shape(String message) {
        return new ReplyProblem(ReplyProblem.Kind.SHAPE, message);
    }
}
