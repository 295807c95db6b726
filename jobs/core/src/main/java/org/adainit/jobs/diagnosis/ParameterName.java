package org.adainit.jobs.diagnosis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.adainit.simulator.qnn.QnnShape;

/**
 * The names users give single QNN parameters, as in the prompt's tensors: {@code l0[layer,wire,rotation]},
 * {@code l1[class,wire]}, {@code l2[class]}; and their flat index.
 */
public final class ParameterName {

    private static final Pattern NAME = Pattern.compile("\\s*(l[012])\\s*\\[([0-9,\\s]*)\\]\\s*");

    private ParameterName() {}

    /**
     * @throws IllegalArgumentException naming the tensor and the allowed range when the name does not fit the shape
     */
    public static int index(QnnShape shape, String name) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a parameter name; write l0[layer,wire,rotation], "
                    + "l1[class,wire] or l2[class]");
        }
        String tensor = m.group(1);
        String[] parts = m.group(2).isBlank() ? new String[0] : m.group(2).split(",");
        int[] bounds = switch (tensor) {
            case "l0" -> new int[] {shape.layers(), shape.qubits(), QnnShape.ROTATIONS_PER_WIRE};
            case "l1" -> new int[] {shape.classes(), shape.qubits()};
            default -> new int[] {shape.classes()};
        };
        if (parts.length != bounds.length) {
            throw new IllegalArgumentException("'" + name + "': " + tensor + " takes " + bounds.length + " indices");
        }
        int[] at = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            try {
                at[k] = Integer.parseInt(parts[k].strip());
            } catch (NumberFormatException e) {
                at[k] = Integer.MAX_VALUE;
            }
            if (at[k] >= bounds[k]) {
                throw new IllegalArgumentException("'" + name + "': index " + k + " must be below " + bounds[k]
                        + " for " + shape);
            }
        }
        return switch (tensor) {
            case "l0" -> shape.l0Index(at[0], at[1], at[2]);
            case "l1" -> shape.l1Index(at[0], at[1]);
            default -> shape.l2Index(at[0]);
        };
    }
}
