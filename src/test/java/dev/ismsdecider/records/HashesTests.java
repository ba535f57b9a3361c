package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical form written from a tree is the text the RFC 8785 canonicaliser makes of the same JSON. */
class HashesTests {

    @Test
    void aTreeIsWrittenAsTheCanonicaliserWritesItsText() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Path.of("facts-examples"))) {
            examples = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThan(5);
        for (Path example : examples) {
            String text = Files.readString(example);
            assertThat(Hashes.canonical(StrictJson.mapper().readTree(text))).as("%s", example).isEqualTo(Hashes.canonical(text));
        }
    }

    @Test
    void escapesNumbersAndMemberOrderAreThoseOfRfc8785() throws IOException {
        String text = "{\"z\":1,\"b\":[1.0,-0,0.1,1e21,123456789012,1.5e-7,-3.25,true,null],"
                + "\"\u00e9\":\"\\u0000\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\u007f\u2028\ud83d\ude00\",\"a\":{\"\ud83d\ude00\":1,\"\uffff\":2}}";
        JsonNode tree = StrictJson.mapper().readTree(text);

        assertThat(Hashes.canonical(tree)).isEqualTo(Hashes.canonical(text));
    }
}
