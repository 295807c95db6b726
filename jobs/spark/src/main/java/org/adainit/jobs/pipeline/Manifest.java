package org.adainit.jobs.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.adainit.jobs.input.InputException;
import org.adainit.jobs.grid.GridDefinition;
import org.adainit.jobs.grid.GridKind;
import org.adainit.jobs.grid.GridJson;
import org.adainit.jobs.store.ResultDirectory;

/**
 * {@code manifest.json} of a result directory: the grid every cell in it was computed from (in full, with its hash),
 * and one entry per run of {@code run} into it (command, versions, Spark master, counts, start and end). A directory
 * belongs to one grid: a run with a grid of another hash is refused, so results of different settings never mix.
 */
public final class Manifest {

    private static final String RUNNING = "running";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final ResultDirectory directory;
    private final ObjectNode root;

    private Manifest(ResultDirectory directory, ObjectNode root) {
        this.directory = directory;
        this.root = root;
    }

    /**
     * The directory's manifest, created for {@code grid} when there is none.
     *
     * @throws InputException when the directory was made by a grid with another hash
     */
    public static Manifest forGrid(ResultDirectory directory, GridDefinition grid, String gridSource) {
        String hash = GridJson.hash(grid);
        if (directory.exists(ResultDirectory.MANIFEST)) {
            ObjectNode existing = read(directory);
            String recorded = existing.path("grid_hash").asText();
            if (!recorded.equals(hash)) {
                throw new InputException("--out " + directory.uri() + " holds results of grid '"
                        + existing.path("grid_name").asText() + "' (hash " + recorded + ") but this command's grid '"
                        + grid.name() + "' hashes to " + hash + ": resume with the same grid file and the same "
                        + "--generator/--endpoint, or write to another --out");
            }
            return new Manifest(directory, existing);
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("grid_name", grid.name());
        root.put("grid_kind", grid.kind().externalName());
        root.put("grid_hash", hash);
        root.put("grid_source", gridSource);
        root.put("created_at", Instant.now().toString());
        root.set("grid", GridJson.tree(grid));
        root.putArray("runs");
        return new Manifest(directory, root);
    }

    /**
     * The kind of grid the directory holds results of: the manifest's {@code grid_kind}, adainit for a manifest
     * written before kinds existed, null without a manifest.
     */
    public static GridKind kind(ResultDirectory directory) {
        if (!directory.exists(ResultDirectory.MANIFEST)) {
            return null;
        }
        String kind = read(directory).path("grid_kind").asText(GridKind.ADAINIT.externalName());
        for (GridKind candidate : GridKind.values()) {
            if (candidate.externalName().equals(kind)) {
                return candidate;
            }
        }
        throw new InputException(directory.uri() + "/" + ResultDirectory.MANIFEST + ": unknown grid_kind '" + kind
                + "'");
    }

    /** The canonical form of the grid the directory holds results of (the manifest's {@code grid}). */
    public static JsonNode grid(ResultDirectory directory) {
        if (!directory.exists(ResultDirectory.MANIFEST)) {
            throw new InputException("--out " + directory.uri() + " has no " + ResultDirectory.MANIFEST + "; run "
                    + "'adainit run GRID --out DIR' first");
        }
        return read(directory).path("grid");
    }

    /** The command of the directory's latest run, or a generic hint when there is no manifest. */
    public static String lastCommand(ResultDirectory directory) {
        if (directory.exists(ResultDirectory.MANIFEST)) {
            JsonNode runs = read(directory).get("runs");
            for (int i = runs.size() - 1; i >= 0; i--) {
                if (runs.get(i).hasNonNull("command")) {
                    return runs.get(i).get("command").asText();
                }
            }
        }
        return "submit/adainit run GRID --out " + directory.uri();
    }

    /** The distinct values a field took in the recorded runs, e.g. the git commits earlier runs started from. */
    public Set<String> runValues(String field) {
        Set<String> values = new TreeSet<>();
        for (JsonNode run : root.get("runs")) {
            if (run.hasNonNull(field)) {
                values.add(run.get(field).asText());
            }
        }
        return values;
    }

    /**
     * Appends a run entry with the given fields (and {@code started_at}); written at once. The caller holds the
     * directory's writer lock, so an earlier entry still "running" belongs to a driver that was killed: it is marked
     * "interrupted" here.
     */
    public ObjectNode startRun(Map<String, Object> fields) {
        String now = Instant.now().toString();
        for (JsonNode earlier : root.get("runs")) {
            if (RUNNING.equals(earlier.path("outcome").asText())) {
                ((ObjectNode) earlier).put("outcome", "interrupted");
                ((ObjectNode) earlier).put("interrupted_found_at", now);
                ((ObjectNode) earlier).put("error", "the driver stopped without finishing (killed?); found by the "
                        + "next run");
            }
        }
        ObjectNode run = ((ArrayNode) root.get("runs")).addObject();
        run.put("started_at", Instant.now().toString());
        fields.forEach((name, value) -> run.set(name, JSON.valueToTree(value)));
        run.put("outcome", RUNNING);
        save();
        return run;
    }

    /** Completes a run entry started by {@link #startRun}; written at once. */
    public void finishRun(ObjectNode run, String outcome, Map<String, Object> fields) {
        run.put("finished_at", Instant.now().toString());
        run.put("outcome", outcome);
        fields.forEach((name, value) -> run.set(name, JSON.valueToTree(value)));
        save();
    }

    private void save() {
        try {
            directory.writeAtomically(ResultDirectory.MANIFEST,
                    JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the manifest", e);
        }
    }

    private static ObjectNode read(ResultDirectory directory) {
        String text = directory.readText(ResultDirectory.MANIFEST);
        try {
            JsonNode node = JSON.readTree(text);
            if (node instanceof ObjectNode object && object.has("grid_hash") && object.get("runs") instanceof ArrayNode) {
                return object;
            }
        } catch (JsonProcessingException e) {
            // reported below
        }
        throw new InputException(directory.uri() + "/" + ResultDirectory.MANIFEST + ": not a manifest written by "
                + "adainit (fields grid_hash and runs missing or not JSON)");
    }
}
