package dev.ismsdecider.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.FactsReader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The example profiles of {@code facts-examples/} (packaged in the jar under that name), read once at
 * start-up for the OpenAPI description: each {@code NAME.json} is a request example, and its
 * {@code NAME.expected.json}, where there is one, the matching response example.
 */
record FactsExamples(Map<String, JsonNode> requests, Map<String, JsonNode> responses) {

    static final String FOLDER = "facts-examples/";
    private static final String EXPECTED = ".expected.json";

    static FactsExamples load() {
        Map<String, JsonNode> requests = new LinkedHashMap<>();
        Map<String, JsonNode> responses = new LinkedHashMap<>();
        for (Resource resource : resources()) {
            String file = resource.getFilename();
            if (file == null || !file.endsWith(".json")) {
                continue;
            }
            if (file.endsWith(EXPECTED)) {
                responses.put(file.substring(0, file.length() - EXPECTED.length()), read(resource));
            } else {
                requests.put(file.substring(0, file.length() - ".json".length()), read(resource));
            }
        }
        return new FactsExamples(requests, responses);
    }

    private static Resource[] resources() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "*.json");
            Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + FOLDER, e);
        }
    }

    /** Parsed with the strict reader's parser, so that an example which is not valid JSON stops start-up. */
    private static JsonNode read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return FactsReader.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + resource.getFilename(), e);
        }
    }
}
