package org.adainit.jobs.grid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.adainit.jobs.input.InputException;

/**
 * A node of a grid file together with its path from the root ({@code axes.methods[1].generator}), so that every
 * complaint names the file and the field. A missing field is a node whose {@link #present()} is false.
 */
final class GridNode {

    private final String file;
    private final String path;
    private final JsonNode node;

    private GridNode(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    static GridNode root(String file, JsonNode node) {
        return new GridNode(file, "", node);
    }

    String path() {
        return path;
    }

    boolean present() {
        return node != null && !node.isNull() && !node.isMissingNode();
    }

    GridNode field(String name) {
        return new GridNode(file, path.isEmpty() ? name : path + "." + name, node == null ? null : node.get(name));
    }

    /** This node must be a mapping whose keys are all in {@code allowed}; names the first unknown key. */
    GridNode requireMapping(Set<String> allowed) {
        if (!present() || !node.isObject()) {
            throw error("must be a mapping with fields " + String.join(", ", allowed) + ", got " + describe());
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw field(name).error("is not a known field; allowed here: " + String.join(", ", allowed));
            }
        }
        return this;
    }

    boolean isMapping() {
        return present() && node.isObject();
    }


    boolean isScalar() {
        return present() && node.isValueNode();
    }

    GridNode required() {
        if (!present()) {
            throw error("is required");
        }
        return this;
    }

    String text() {
        required();
        if (!node.isTextual()) {
            throw error("must be text, got " + describe());
        }
        return node.asText();
    }

    /** Any scalar (text, number, boolean) as its text. */
    String scalarText() {
        required();
        if (!node.isValueNode()) {
            throw error("must be a single value, got " + describe());
        }
        return node.asText();
    }

    String text(String fallback) {
        return present() ? text() : fallback;
    }

    long longValue() {
        required();
        if (!node.canConvertToExactIntegral() || !node.canConvertToLong()) {
            throw error("must be a whole number, got " + describe());
        }
        return node.asLong();
    }

    int integer(int min, int max) {
        long value = longValue();
        if (value < min || value > max) {
            throw error("must be in " + min + ".." + max + ", got " + value);
        }
        return (int) value;
    }

    int integer(int min, int max, int fallback) {
        return present() ? integer(min, max) : fallback;
    }

    double number() {
        required();
        if (!node.isNumber() || !Double.isFinite(node.asDouble())) {
            throw error("must be a finite number, got " + describe());
        }
        return node.asDouble();
    }

    double number(double min, double max) {
        double value = number();
        if (value < min || value > max) {
            throw error("must be in [" + min + ", " + max + "], got " + value);
        }
        return value;
    }

    double number(double min, double max, double fallback) {
        return present() ? number(min, max) : fallback;
    }

    /** One of the given external names; the message lists them all. */
    <E> E choice(Map<String, E> allowed) {
        String value = text();
        E choice = allowed.get(value.strip().toLowerCase(java.util.Locale.ROOT));
        if (choice == null) {
            throw error("is '" + value + "', allowed: " + String.join(", ", allowed.keySet()));
        }
        return choice;
    }

    /** A non-empty list; a single scalar counts as a list of one. */
    List<GridNode> list() {
        required();
        List<GridNode> items = new ArrayList<>();
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                items.add(new GridNode(file, path + "[" + i + "]", node.get(i)));
            }
        } else if (node.isValueNode()) {
            items.add(this);
        } else {
            throw error("must be a list, got " + describe());
        }
        if (items.isEmpty()) {
            throw error("must not be empty");
        }
        return items;
    }

    /** The entries of a mapping, in file order. */
    Map<String, GridNode> entries() {
        if (!isMapping()) {
            throw error("must be a mapping, got " + describe());
        }
        Map<String, GridNode> entries = new LinkedHashMap<>();
        node.fieldNames().forEachRemaining(name -> entries.put(name, field(name)));
        return entries;
    }

    /**
     * Whole numbers given as a list ({@code [2, 4]}), a single number, or a range mapping
     * {@code {from: 2, to: 20, step: 2}} (both ends included).
     */
    List<Integer> integers(int min, int max) {
        if (isMapping()) {
            requireMapping(Set.of("from", "to", "step"));
            int from = field("from").integer(min, max);
            int to = field("to").integer(from, max);
            int step = field("step").integer(1, Integer.MAX_VALUE, 1);
            List<Integer> values = new ArrayList<>();
            for (int v = from; v <= to; v += step) {
                values.add(v);
            }
            return values;
        }
        List<Integer> values = new ArrayList<>();
        for (GridNode item : list()) {
            values.add(item.integer(min, max));
        }
        return distinct(values);
    }

    /**
     * Numbers given as a list, a single number, or a range mapping {@code {from: 0.1, to: 1.0, step: 0.1}} (both ends
     * included; values are rounded to 10 decimals so that 0.1 + 0.2 does not become 0.30000000000000004).
     */
    List<Double> numbers(double min, double max) {
        if (isMapping()) {
            requireMapping(Set.of("from", "to", "step"));
            double from = field("from").number(min, max);
            double to = field("to").number(from, max);
            double step = field("step").number(1e-9, Double.MAX_VALUE);
            long count = Math.round(Math.floor((to - from) / step + 1e-9)) + 1;
            List<Double> values = new ArrayList<>();
            for (long i = 0; i < count; i++) {
                values.add(Math.round((from + i * step) * 1e10) / 1e10);
            }
            return values;
        }
        List<Double> values = new ArrayList<>();
        for (GridNode item : list()) {
            values.add(item.number(min, max));
        }
        return distinct(values);
    }

    /** A complaint about this field: {@code FILE: field 'PATH' MESSAGE}. */
    InputException error(String message) {
        return new InputException(file + ": field '" + path + "' " + message);
    }

    private String describe() {
        if (!present()) {
            return "nothing";
        }
        if (node.isValueNode()) {
            return "'" + node.asText() + "'";
        }
        return node.isArray() ? "a list" : "a mapping";
    }

    private <T> List<T> distinct(List<T> values) {
        Set<String> seen = new TreeSet<>();
        for (T value : values) {
            if (!seen.add(String.valueOf(value))) {
                throw error("lists " + value + " twice");
            }
        }
        return values;
    }
}
