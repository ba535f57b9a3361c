package dev.ismsdecider.profile;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Our own words for what the JSON parser found wrong. The parser's messages name its features and classes
 * ("enable `JsonReadFeature...` to allow", "Feature 'ALLOW_COMMENTS' not enabled"): they are recognised here
 * and said again in the user's terms; one that is not recognised becomes a plain "cannot be read here".
 * Also the strict UTF-8 check the parser lacks (it decodes the overlong {@code C0 AF} as "/").
 */
final class JsonSyntaxMessages {

    private record Rule(Pattern pattern, Function<Matcher, String> message) {
    }

    private static final List<Rule> RULES = List.of(
            rule("Non-standard token '([^']*)'", m -> m.group(1) + " is not a JSON value; write a number, or null for unknown"),
            rule("(?s).*\\bcomment\\b.*", m -> "comments are not allowed in JSON"),
            rule("Duplicate field '([^']*)'", m -> "duplicate key '" + m.group(1) + "'; each key may appear once per object"),
            rule("Trailing token.*", m -> "more content after the end of the JSON document"),
            rule("(?s)Unexpected end-of-input.*", m -> "the JSON ends before every object, list or string is closed"),
            rule("(?s)Unexpected close marker '(.)'.*", m -> "'" + m.group(1) + "' closes what was not opened here"),
            rule("Unrecognized token '([^']*)'.*", m -> "'" + m.group(1) + "' is not a JSON value; expected a string in double quotes, "
                    + "a number, true, false, null, an object or a list"),
            rule("(?s)Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting double-quote.*",
                    m -> "'" + m.group(1) + "' where a key in double quotes was expected"),
            rule("(?s)Unexpected character \\('(.+?)' \\(code \\d+\\)\\): was expecting (?:comma|a colon).*",
                    m -> "'" + m.group(1) + "' where a comma, colon or closing bracket was expected"),
            rule("(?s)Unexpected character \\('(.+?)' \\(code \\d+\\)\\).*", m -> "unexpected character '" + m.group(1) + "'"),
            rule("(?s)Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "control character U+" + hex(m.group(1)) + " inside a string; write it escaped (\\n, \\t, \\u00XX)"),
            rule("(?s)Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*",
                    m -> "control character U+" + hex(m.group(1)) + " between values; only spaces, tabs and line breaks are allowed"),
            rule("(?s)Unrecognized character escape '(.+?)'.*", m -> "unknown escape \\" + m.group(1) + " in a string"),
            rule("(?s)Document nesting depth \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "nesting depth exceeds " + m.group(2) + " levels of objects and lists"),
            rule("(?s)String value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "a string of " + m.group(1) + " characters; at most " + m.group(2) + " are accepted"),
            rule("(?s)Number value length \\((\\d+)\\) exceeds the maximum allowed \\((\\d+).*",
                    m -> "a number of " + m.group(1) + " digits; at most " + m.group(2) + " are accepted"),
            rule("(?s)Invalid UTF-8.*", m -> "the bytes are not valid UTF-8"),
            rule("(?s).*(?:Leading zeroes|Invalid numeric value|Numeric value|Decimal point|Unexpected character \\('[.+-]).*",
                    m -> "a number that JSON does not allow (leading zeros, a sign or point without digits, or out of range)"));

    private JsonSyntaxMessages() {
    }

    /** The parser's reason in our words. */
    static String translate(String parserMessage) {
        if (parserMessage == null) {
            return "the JSON cannot be read here";
        }
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(parserMessage);
            if (matcher.lookingAt()) {
                return rule.message().apply(matcher);
            }
        }
        return "the JSON cannot be read here";
    }

    /**
     * Where the bytes first stop being valid UTF-8 (overlong forms, surrogates and stray continuation bytes
     * included), as "line L, column C"; null when they are valid. Pure ASCII is checked without decoding.
     */
    static String firstInvalidUtf8(byte[] json) {
        boolean ascii = true;
        for (byte b : json) {
            if (b < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(json);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return position(json, in.position()) + " (byte 0x" + String.format("%02X", json[in.position()] & 0xFF) + ")";
            }
            if (result.isUnderflow()) {
                return decoder.flush(out).isError() ? position(json, in.position()) : null;
            }
            out.clear();
        }
    }

    private static String position(byte[] json, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (json[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static Rule rule(String regex, Function<Matcher, String> message) {
        return new Rule(Pattern.compile(regex), message);
    }

    private static String hex(String code) {
        return String.format("%04X", Integer.parseInt(code));
    }
}
