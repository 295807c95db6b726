package org.adainit.jobs.generator.llm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adainit.simulator.qnn.QnnShape;

/**
 * JSON schemas for structured output. They fix the keys and the nesting depth; the lengths go in the descriptions
 * only, because length constraints (minItems/maxItems) are outside the subset every strict-schema endpoint accepts.
 * {@link ThetaValidator} checks the lengths either way.
 */
public final class ThetaSchema {

    private ThetaSchema() {}

    /** The whole dictionary {l0, l1, l2}. */
    public static ResponseSchema full(QnnShape shape) {
        return new ResponseSchema("theta0", object(shape, ThetaTensor.values()));
    }

    /** A dictionary holding one tensor, for the per-tensor step of the repair ladder. */
    public static ResponseSchema tensor(ThetaTensor tensor, QnnShape shape) {
        return new ResponseSchema("theta0_" + tensor.key(), object(shape, tensor));
    }

    private static Map<String, Object> object(QnnShape shape, ThetaTensor... tensors) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (ThetaTensor t : tensors) {
            Map<String, Object> array = nestedArray(t.dims(shape).length);
            array.put("description", "list of shape " + t.shapeText(shape) + ", floats rounded to four decimals");
            properties.put(t.key(), array);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", List.copyOf(properties.keySet()));
        schema.put("additionalProperties", false);
        return schema;
    }

    private static Map<String, Object> nestedArray(int depth) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("type", "array");
        node.put("items", depth == 1 ? Map.of("type", "number") : nestedArray(depth - 1));
        return node;
    }
}
