package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.StrictJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Verification reads an entry's fields in one pass over its bytes ({@link EntryFields#read}); it must read what
 * {@link StrictJson} reads in the same text, and refuse what StrictJson refuses.
 */
class EntryFieldsTests {

    /** An entry with every field read, escapes, text beyond ASCII, nesting, numbers and literals in the parts passed over. */
    private static final String ENTRY = "{\"assessment\":{\"blockers\":[{\"id\":\"B-1\",\"verdict\":\"not this one\"}],\"score\":-12.5e3,"
            + "\"verdict\":\"COEXIST\"},\"assessmentId\":null,\"id\":\"4d7c\",\"input\":{\"organization\":{\"age\":0,\"name\":\"M\u00fcller \\\"&\\\" S\u00f6hne \\u00e9\\ud83d\\ude00\"},"
            + "\"x\":[true,false,null,[],{}]},\"kind\":\"ASSESSMENT\",\"recordedAt\":\"2026-12-04T01:40:12.345Z\",\"recordedBy\":\"ann\\\\b\","
            + "\"ruleSet\":{\"sha256\":\"ab\",\"version\":\"1.4.0\"},\"seq\":7,\"tenant\":\"acme\"}";

    @Test
    void theFieldsAreThoseStrictJsonReads() throws IOException {
        EntryFields fields = EntryFields.read(bytes(ENTRY));

        assertThat(fields).isEqualTo(fromTree(ENTRY));
        assertThat(fields.columns().organization()).isEqualTo("M\u00fcller \"&\" S\u00f6hne \u00e9\ud83d\ude00");
        assertThat(fields.columns().recordedBy()).isEqualTo("ann\\b");
        assertThat(fields.columns().verdict()).isEqualTo("COEXIST");
        assertThat(fields.seq()).isEqualTo(7);
    }

    @Test
    void membersOutOfOrderWithWhitespaceOrEscapedNamesReadTheSame() throws IOException {
        String text = " {\"tenant\" : \"acme\",\n\t\"seq\":\r 3, \"recordedAt\":\"2026-01-01T00:00:00Z\", \"ruleSet\":{\"version\":\"2\"},"
                + " \"assessment\":{\"v\\u0065rdict\":\"AVOID\"}, \"kind\":\"APPROVAL\",\"assessmentId\":\"a-1\"} ";

        assertThat(EntryFields.read(bytes(text))).isEqualTo(fromTree(text));
        assertThat(EntryFields.read(bytes(text)).columns().verdict()).isEqualTo("AVOID");
    }

    @Test
    void aNameTwiceInAnyObjectIsRefusedAsStrictJsonRefusesIt() {
        for (String twice : List.of(
                "{\"recordedAt\":\"2026-01-01T00:00:00Z\",\"seq\":1,\"seq\":2}",
                "{\"recordedAt\":\"2026-01-01T00:00:00Z\",\"s\\u0065q\":1,\"seq\":2}",
                "{\"assessment\":{\"verdict\":\"A\",\"verdict\":\"B\"},\"recordedAt\":\"2026-01-01T00:00:00Z\"}",
                "{\"a\":[{\"b\":1,\"c\":2,\"b\":3}],\"recordedAt\":\"2026-01-01T00:00:00Z\"}")) {
            assertThat(strictJsonRefuses(twice)).as(twice).isTrue();
            assertThatThrownBy(() -> EntryFields.read(bytes(twice))).as(twice).isInstanceOf(IOException.class);
        }
    }

    @Test
    void nestingIsRefusedBeyondStrictJsonsDepth() throws IOException {
        String within = nested(StrictJson.MAX_NESTING_DEPTH - 1);
        String beyond = nested(StrictJson.MAX_NESTING_DEPTH);

        assertThat(EntryFields.read(bytes(within))).isEqualTo(fromTree(within));
        assertThat(strictJsonRefuses(beyond)).isTrue();
        assertThatThrownBy(() -> EntryFields.read(bytes(beyond))).isInstanceOf(IOException.class);
    }

    /**
     * Every text one character away from {@link #ENTRY} (a character deleted, replaced or inserted, from those that
     * make or break JSON): refused exactly when StrictJson refuses it, and otherwise read as StrictJson reads it.
     */
    @Test
    void everyTextOneEditAwayIsReadOrRefusedAsStrictJsonDoes() {
        String alphabet = "{}[],:\"\\ \n\u0001 0159-+.eEtrufalsn/u\u00e9x";
        List<String> texts = new ArrayList<>();
        for (int at = 0; at <= ENTRY.length(); at++) {
            if (at < ENTRY.length()) {
                texts.add(ENTRY.substring(0, at) + ENTRY.substring(at + 1));
            }
            for (char c : alphabet.toCharArray()) {
                texts.add(ENTRY.substring(0, at) + c + ENTRY.substring(at));
                if (at < ENTRY.length() && c != ENTRY.charAt(at)) {
                    texts.add(ENTRY.substring(0, at) + c + ENTRY.substring(at + 1));
                }
            }
        }
        int read = 0;
        for (String text : texts) {
            EntryFields expected = strictJsonRefuses(text) ? null : fromTree(text);
            EntryFields actual;
            try {
                actual = EntryFields.read(bytes(text));
            } catch (IOException e) {
                actual = null;
            }
            assertThat(actual).as(text).isEqualTo(expected);
            read += actual == null ? 0 : 1;
        }
        assertThat(texts).hasSizeGreaterThan(10_000);
        assertThat(read).as("texts still entries after one edit").isGreaterThan(500);
    }

    private static String nested(int levels) {
        return "{\"recordedAt\":\"2026-01-01T00:00:00Z\",\"x\":" + "[".repeat(levels) + "]".repeat(levels) + "}";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean strictJsonRefuses(String text) {
        try {
            fromTreeOrThrow(text);
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private static EntryFields fromTree(String text) {
        try {
            return fromTreeOrThrow(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The fields as read from StrictJson's tree of the text; throws where an entry cannot be read. */
    private static EntryFields fromTreeOrThrow(String text) throws IOException {
        JsonNode tree = StrictJson.mapper().readTree(text);
        if (tree == null || !tree.isObject()) {
            throw new IOException("not an object");
        }
        JsonNode seq = tree.get("seq");
        long position = -1;
        if (seq != null && seq.isIntegralNumber()) {
            if (!seq.canConvertToLong()) {
                throw new IOException("seq beyond 64 bits");
            }
            position = seq.longValue();
        }
        JsonNode tenant = tree.get("tenant");
        return new EntryFields(position, tenant != null && tenant.isTextual() ? tenant.textValue() : null,
                Objects.requireNonNull(EntryFields.columns(tree)));
    }
}
