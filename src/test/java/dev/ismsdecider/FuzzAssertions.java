package dev.ismsdecider;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What the fuzz tests require of every refusal: our words, nothing of a library's, apart from what the input itself said. */
public final class FuzzAssertions {

    /** A library's class or package name, its own advice, or the word "exception". */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)exception|`|\\b(?:java|javax|com|org|sun)\\.[a-z]+|jackson|xmlbeans|openxml4j|pdfbox|bugzilla|\\bpoi\\b|Feature '|enable ");

    private FuzzAssertions() {
    }

    /**
     * Asserts the message names no internals, except words that come from the input (a refusal may quote
     * the user's own property name, "unknown property 'jacksonVersion'").
     */
    public static void assertOurWords(String message, byte[] input) {
        assertThat(message).isNotBlank();
        String sent = new String(input, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        Matcher internal = INTERNALS.matcher(message);
        while (internal.find()) {
            assertThat(sent).as("'%s' in the message %s", internal.group(), message).contains(internal.group().toLowerCase(Locale.ROOT));
        }
    }
}
