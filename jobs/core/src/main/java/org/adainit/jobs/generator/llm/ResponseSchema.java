package org.adainit.jobs.generator.llm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A JSON schema for {@code response_format: json_schema} with strict adherence. */
public record ResponseSchema(String name, Map<String, Object> schema) {

    public ResponseSchema {
        schema = Collections.unmodifiableMap(new LinkedHashMap<>(schema));
    }
}
