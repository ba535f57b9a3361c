package dev.ismsdecider.profile;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Malformed JSON is explained in our words, with line and column, never in the parser's. */
class JsonSyntaxMessagesTests {

    /** Words of the parser's own messages that name its features or classes. */
    private static final String[] PARSER_WORDS = {"`", "Feature", "enable", "ALLOW_", "JsonReadFeature", "Source:", "code ", "token '"};

    @Test
    void eachKindOfSyntaxErrorIsSaidInOurWords() {
        Map<String, String> cases = Map.ofEntries(
                Map.entry("{\"ot\": {\"oldestAssetAgeYears\": NaN}}", "NaN is not a JSON value"),
                Map.entry("{ // note\n}", "comments are not allowed in JSON"),
                Map.entry("{ /* note */ }", "comments are not allowed in JSON"),
                Map.entry("{\"a\": 1, \"a\": 2}", "duplicate key 'a'"),
                Map.entry("{} []", "more content after the end of the JSON document"),
                Map.entry("{\"organization\": {", "the JSON ends before every object"),
                Map.entry("{\"ot\": tru}", "'tru' is not a JSON value"),
                Map.entry("{'ot': {}}", "where a key in double quotes was expected"),
                Map.entry("{\"ot\" {}}", "where a comma, colon or closing bracket was expected"),
                Map.entry("{\"organization\": {\"name\": \"a\u0001b\"}}", "control character U+0001 inside a string"),
                Map.entry("{\"organization\": {\"name\": \"a\\qb\"}}", "unknown escape \\q"),
                Map.entry("{\"ot\": {\"oldestAssetAgeYears\": 012}}", "a number that JSON does not allow"),
                Map.entry("{\"a\": [1}", "'}' closes what was not opened here"));
        cases.forEach((json, expected) -> {
            String message = malformed(json.getBytes(StandardCharsets.UTF_8));
            assertThat(message).as(json).startsWith("malformed JSON at line ").contains(expected).doesNotContain(PARSER_WORDS);
        });
    }

    @Test
    void overlongUtf8IsRefusedWithItsPosition() {
        byte[] json = {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
        assertThat(malformed(json)).isEqualTo("malformed JSON at line 1, column 8 (byte 0xC0): the bytes are not valid UTF-8");
        byte[] surrogate = {'\n', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThat(malformed(surrogate)).startsWith("malformed JSON at line 2, column 2 ");
    }

    @Test
    void validUtf8PassesTheCheck() {
        assertThat(JsonSyntaxMessages.firstInvalidUtf8("{\"name\": \"Caf\u00e9 \u20ac \uD83D\uDE00\"}".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    private static String malformed(byte[] json) {
        InvalidFactsException e = catchThrowableOfType(InvalidFactsException.class, () -> FactsReader.read(json));
        assertThat(e).as(new String(json, StandardCharsets.UTF_8)).isNotNull();
        assertThat(e.malformed()).isTrue();
        return e.errors().get(0).message();
    }
}
