package org.adainit.jobs.outcome;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The committed form of a {@link CellOutcome}. Doubles are written in their shortest exact form and read back bit for
 * bit (NaN and infinities included), so tables rebuilt from commits equal tables built in one go.
 */
public final class OutcomeJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private OutcomeJson() {}

    public static byte[] write(CellOutcome outcome) {
        return write(outcome, outcome.cell().id());
    }

    /** Any kind of cell outcome (a record), e.g. a diagnostic cell's; {@code cellId} names it in errors. */
    public static byte[] write(Object outcome, String cellId) {
        try {
            return JSON.writeValueAsBytes(outcome);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode the outcome of cell " + cellId, e);
        }
    }

    /**
     * @param source the file, named in the message of a {@link CorruptOutcomeException}
     */
    public static CellOutcome read(String source, String json) {
        return read(source, json, CellOutcome.class);
    }

    /** Reads an outcome of the given type; a file that is not one is a {@link CorruptOutcomeException}. */
    public static <T> T read(String source, String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new CorruptOutcomeException(source + ": not a readable cell outcome ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "); delete the file and run again "
                    + "to recompute that cell");
        }
    }
}
