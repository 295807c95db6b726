package org.adainit.jobs.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A grid's canonical JSON form (properties and map keys sorted) and its hash. The hash identifies what a result
 * directory was computed from: resuming into a directory made by a different grid is refused. Comments and layout of
 * the YAML file do not change it; any setting does.
 */
public final class GridJson {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private GridJson() {}

    public static JsonNode tree(GridDefinition grid) {
        return CANONICAL.valueToTree(grid);
    }

    /** First 16 hex digits of the SHA-256 of the canonical JSON. */
    public static String hash(GridDefinition grid) {
        try {
            byte[] json = CANONICAL.writeValueAsString(grid).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash grid " + grid.name(), e);
        }
    }
}
