package org.adainit.jobs.grid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.adainit.jobs.digest.Sha256;
import org.adainit.jobs.generator.embedded.ProposalSupport;
import org.adainit.jobs.search.HeadInitialisation;
import org.adainit.jobs.search.ScoringHead;

/**
 * A grid's canonical JSON form (properties and map keys sorted) and its hash. The hash identifies what a result
 * directory was computed from: resuming into a directory made by a different grid is refused. Comments and layout of
 * the YAML file do not change it, nor do the settings that cannot change a result: the budget caps (raise them to
 * retry cells that ran out), the API key's variable name, the response cache folder, the training threads and whether
 * llm replies come live or replayed from the cache ({@link Grid#recorded()}). Every other setting does; settings
 * added after grids were first hashed count only when they differ from the behaviour that came before them (the head
 * taken from θ0 and trained with it, the embedded generator's free mutations), so older grids keep their hash and
 * resume.
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

    /** First 16 hex digits of the SHA-256 of the canonical JSON of the result-determining settings. */
    public static String hash(GridDefinition grid) {
        ObjectNode identity = (ObjectNode) tree(grid instanceof Grid adaInit ? adaInit.recorded() : grid);
        if (grid instanceof Grid) {
            identity.remove("budget");
            ((ObjectNode) identity.get("llm")).remove(List.of("apiKeyEnv", "cacheDirectory"));
            ObjectNode training = (ObjectNode) identity.get("training");
            training.remove("threads");
            if (((Grid) grid).training().head().equals(HeadInitialisation.PRIOR)) {
                training.remove("head");
            }
            if (((Grid) grid).training().scoringHead() == ScoringHead.TRAINED) {
                training.remove("scoringHead");
            }
            for (JsonNode method : identity.get("methods")) {
                if (ProposalSupport.FREE.name().equals(method.path("support").asText())) {
                    ((ObjectNode) method).remove("support");
                }
            }
        }
        try {
            return Sha256.hex(CANONICAL.writeValueAsString(identity)).substring(0, 16);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot hash grid " + grid.name(), e);
        }
    }
}
