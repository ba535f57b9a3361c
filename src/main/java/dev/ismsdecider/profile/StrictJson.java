package dev.ismsdecider.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration of the project: strict on the way in (duplicate keys, trailing tokens,
 * unknown properties and hostile sizes are refused), stable on the way out.
 */
public final class StrictJson {

    /** Deepest nesting accepted; a profile needs five levels. */
    public static final int MAX_NESTING_DEPTH = 32;
    /** Longest string accepted, in characters: enough for a long contract clause. */
    public static final int MAX_STRING_LENGTH = 200_000;
    /** Longest number accepted, in digits. */
    public static final int MAX_NUMBER_LENGTH = 20;

    private static final ObjectMapper MAPPER = JsonMapper.builder(jsonFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private StrictJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static JsonFactory jsonFactory() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        factory.disable(JsonParser.Feature.ALLOW_COMMENTS);
        return factory;
    }
}
