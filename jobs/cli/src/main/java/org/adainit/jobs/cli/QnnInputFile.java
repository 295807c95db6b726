package org.adainit.jobs.cli;

import org.adainit.jobs.input.InputException;
import org.adainit.jobs.input.QubitLimit;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.adainit.jobs.generator.llm.ReplyProblem;
import org.adainit.jobs.generator.llm.ThetaValidator;
import org.adainit.simulator.qnn.QnnParameters;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The {@code qnn} command's input: {@code {"qubits", "layers", "classes", "l0", "l1", "l2", "x", "y"}}. Every
 * problem is reported as an {@link InputException} naming the file and the field (with its index); θ0 is checked by
 * the same {@link ThetaValidator} as an LLM's reply.
 */
record QnnInputFile(QnnParameters parameters, double[][] x, int[] y) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static QnnInputFile read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new InputException(file + ": not valid JSON (" + e.getOriginalMessage() + ")");
        } catch (IOException e) {
            throw new InputException(file + ": cannot read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file + ": expected a JSON object");
        }
        Fields fields = new Fields(file, root);
        int qubits = QubitLimit.require(fields.positiveInt("qubits"), 1, file + ": field 'qubits'");
        int layers = fields.positiveInt("layers");
        int classes = fields.positiveInt("classes");
        if (classes < 2) {
            throw new InputException(file + ": field 'classes' must be >= 2, got " + classes);
        }
        QnnParameters theta;
        try {
            theta = ThetaValidator.full(root, new QnnShape(qubits, layers, classes));
        } catch (ReplyProblem e) {
            throw new InputException(file + ": θ0: " + e.getMessage());
        }

        JsonNode xNode = fields.require("x");
        if (!xNode.isArray() || xNode.isEmpty()) {
            throw new InputException(file + ": field 'x' must be a non-empty array of samples");
        }
        double[][] x = new double[xNode.size()][];
        int features = -1;
        for (int b = 0; b < x.length; b++) {
            JsonNode row = xNode.get(b);
            if (!row.isArray() || row.isEmpty()) {
                throw new InputException(file + ": field 'x[" + b + "]' must be a non-empty array of features");
            }
            if (features < 0) {
                features = row.size();
                if (features > qubits) {
                    throw new InputException(file + ": field 'x' has " + features + " features per sample but "
                            + "qubits = " + qubits + " (AngleEmbedding needs features <= qubits)");
                }
            }
            x[b] = fields.vector(row, "x[" + b + "]", features);
        }
        JsonNode yNode = fields.array("y", x.length, "one label per sample (" + x.length + ")");
        int[] y = new int[x.length];
        for (int b = 0; b < y.length; b++) {
            JsonNode label = yNode.get(b);
            if (!label.canConvertToExactIntegral() || label.asInt() < 0 || label.asInt() >= classes) {
                throw new InputException(file + ": field 'y[" + b + "]' must be a class index in 0.."
                        + (classes - 1) + ", got " + label);
            }
            y[b] = label.asInt();
        }
        return new QnnInputFile(theta, x, y);
    }

    /** Field access that names the file and the field in every error. */
    private record Fields(Path file, JsonNode root) {

        JsonNode require(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                throw new InputException(file + ": missing field '" + name + "'");
            }
            return node;
        }

        int positiveInt(String name) {
            JsonNode node = require(name);
            if (!node.canConvertToExactIntegral() || node.asInt() < 1) {
                throw new InputException(file + ": field '" + name + "' must be a positive integer, got " + node);
            }
            return node.asInt();
        }

        JsonNode array(String name, int length, String expectedShape) {
            JsonNode node = require(name);
            if (!node.isArray() || node.size() != length) {
                throw new InputException(file + ": field '" + name + "' must have shape " + expectedShape
                        + ", got " + describe(node));
            }
            return node;
        }

        JsonNode array(JsonNode node, String path, int length) {
            if (node == null || !node.isArray() || node.size() != length) {
                throw new InputException(file + ": field '" + path + "' must be an array of length " + length
                        + ", got " + describe(node));
            }
            return node;
        }

        double[] vector(JsonNode node, String path, int length) {
            array(node, path, length);
            double[] values = new double[length];
            for (int i = 0; i < length; i++) {
                JsonNode v = node.get(i);
                if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                    throw new InputException(
                            file + ": field '" + path + "[" + i + "]' must be a finite number, got " + v);
                }
                values[i] = v.asDouble();
            }
            return values;
        }

        private static String describe(JsonNode node) {
            if (node == null) {
                return "nothing";
            }
            return node.isArray() ? "an array of length " + node.size() : node.getNodeType().name().toLowerCase();
        }
    }
}
