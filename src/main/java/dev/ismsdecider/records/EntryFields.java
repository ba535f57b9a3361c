package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * What an entry says about itself: its position, its tenant and the fields its row repeats as columns.
 * <p>
 * Verification reads every entry of a chain, about 30 KB of JSON each, so {@link #read} does not build tokens or a
 * tree: it runs once over the entry's UTF-8 bytes, checking that they are one JSON text as {@link StrictJson} reads
 * it (the grammar of RFC 8259, no member name twice in an object, nesting and number lengths within StrictJson's
 * limits, nothing after the object), and decodes only the strings it returns. In an entry written by the chain
 * (canonical form) the members of each object come in ascending order, which shows at once that no name repeats;
 * only an object whose names are out of order or escaped has its names collected and compared.
 */
record EntryFields(long seq, String tenant, Chain.Columns columns) {

    /**
     * @throws IOException when the entry is not a JSON object as StrictJson reads it, or lacks recordedAt
     */
    static EntryFields read(byte[] entry) throws IOException {
        Scan scan = new Scan(entry);
        if (scan.next() != '{') {
            throw scan.error("an object");
        }
        String[] found = new String[FIELDS];
        long[] seq = {-1};
        scan.object(TOP, found, seq);
        scan.end();
        if (found[RECORDED_AT] == null) {
            throw new IOException("an entry has recordedAt");
        }
        try {
            return new EntryFields(seq[0], found[TENANT], new Chain.Columns(found[ID], found[KIND], Instant.parse(found[RECORDED_AT]),
                    found[RECORDED_BY], found[SUBJECT], found[VERDICT], found[ORGANIZATION], found[RULE_SET_VERSION]));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IOException("recordedAt is not an instant", e);
        }
    }

    /**
     * The same fields taken from an entry's tree before it is written (text where {@link #read} finds text, null
     * elsewhere), so that an append need not parse the canonical text it has just written.
     *
     * @throws IllegalArgumentException when the entry lacks recordedAt or it is not an instant
     */
    static Chain.Columns columns(JsonNode entry) {
        String recordedAt = text(entry.get("recordedAt"));
        if (recordedAt == null) {
            throw new IllegalArgumentException("an entry has recordedAt");
        }
        return new Chain.Columns(text(entry.get("id")), text(entry.get("kind")), Instant.parse(recordedAt), text(entry.get("recordedBy")),
                text(entry.get("assessmentId")), text(entry.path("assessment").get("verdict")),
                text(entry.path("input").path("organization").get("name")), text(entry.path("ruleSet").get("version")));
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    // Where each field read goes in the array of found strings.
    private static final int TENANT = 0, ID = 1, KIND = 2, RECORDED_AT = 3, RECORDED_BY = 4, SUBJECT = 5, VERDICT = 6,
            ORGANIZATION = 7, RULE_SET_VERSION = 8, FIELDS = 9;
    /** The top-level member seq, read as a number, not as a string. */
    private static final int SEQ = -2;

    /**
     * The members of an object that are read: a member's name, and either the slot its text goes to (or {@link #SEQ})
     * or the members read inside it.
     */
    private record Wanted(byte[] name, int slot, Wanted[] inside) {

        static Wanted text(String name, int slot) {
            return new Wanted(name.getBytes(StandardCharsets.UTF_8), slot, null);
        }

        static Wanted object(String name, Wanted... inside) {
            return new Wanted(name.getBytes(StandardCharsets.UTF_8), -1, inside);
        }
    }

    private static final Wanted[] TOP = {
            new Wanted("seq".getBytes(StandardCharsets.US_ASCII), SEQ, null),
            Wanted.text("tenant", TENANT), Wanted.text("id", ID), Wanted.text("kind", KIND), Wanted.text("recordedAt", RECORDED_AT),
            Wanted.text("recordedBy", RECORDED_BY), Wanted.text("assessmentId", SUBJECT),
            Wanted.object("assessment", Wanted.text("verdict", VERDICT)),
            Wanted.object("input", Wanted.object("organization", Wanted.text("name", ORGANIZATION))),
            Wanted.object("ruleSet", Wanted.text("version", RULE_SET_VERSION))};

    /** One pass over a JSON text held as UTF-8 bytes. */
    private static final class Scan {
        private final byte[] b;
        private int i;
        private int depth;

        Scan(byte[] bytes) {
            this.b = bytes;
        }

        /**
         * An object at the current position, its wanted members' text put in {@code found} ({@code seq[0]} for
         * {@link #SEQ}); every other value checked and passed over. A wanted member that is not of the kind wanted is
         * passed over too, and its slot stays empty.
         */
        void object(Wanted[] wanted, String[] found, long[] seq) throws IOException {
            int start = i;
            open();
            if (next() == '}') {
                close();
                return;
            }
            int prevFrom = -1, prevTo = -1;
            boolean compareNames = false;
            while (true) {
                if (next() != '"') {
                    throw error("a member name");
                }
                int from = i + 1;
                boolean escaped = string();
                int to = i - 1;
                if (escaped || (prevFrom >= 0 && Arrays.compareUnsigned(b, prevFrom, prevTo, b, from, to) >= 0)) {
                    compareNames = true; // out of the canonical order: the names are compared once the object is read
                }
                prevFrom = from;
                prevTo = to;
                expect(':');
                Wanted member = wanted == null ? null : find(wanted, from, to, escaped);
                if (member == null) {
                    value();
                } else if (member.inside() != null) {
                    if (next() == '{') {
                        object(member.inside(), found, seq);
                    } else {
                        value();
                    }
                } else if (member.slot() == SEQ) {
                    seq[0] = integer();
                } else {
                    found[member.slot()] = next() == '"' ? text() : skip();
                }
                byte c = next();
                i++;
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw error("',' or '}'");
                }
            }
            depth--;
            if (compareNames) {
                distinctNames(start);
            }
        }

        /** The wanted member named by the bytes from {@code from} to {@code to} (the name as decoded when escaped). */
        private Wanted find(Wanted[] wanted, int from, int to, boolean escaped) {
            byte[] name = escaped ? unescaped(from, to).getBytes(StandardCharsets.UTF_8) : null;
            for (Wanted w : wanted) {
                if (escaped ? Arrays.equals(w.name(), name) : Arrays.equals(w.name(), 0, w.name().length, b, from, to)) {
                    return w;
                }
            }
            return null;
        }

        /** Any value at the current position, checked and passed over; returns null (the text of no string). */
        String skip() throws IOException {
            value();
            return null;
        }

        private void value() throws IOException {
            byte c = next();
            switch (c) {
                case '{' -> object(null, null, null);
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> number();
            }
        }

        private void array() throws IOException {
            open();
            if (next() == ']') {
                close();
                return;
            }
            while (true) {
                value();
                byte c = next();
                i++;
                if (c == ']') {
                    depth--;
                    return;
                }
                if (c != ',') {
                    throw error("',' or ']'");
                }
            }
        }

        /** Enters the object or array whose bracket the caller has seen at the current position. */
        private void open() throws IOException {
            i++;
            if (++depth > StrictJson.MAX_NESTING_DEPTH) {
                throw error("nesting within " + StrictJson.MAX_NESTING_DEPTH + " levels");
            }
        }

        private void close() {
            i++;
            depth--;
        }

        /**
         * Passes over the string at the current position (its opening quote), checking its escapes and that it has no
         * control character; true when it has an escape.
         */
        private boolean string() throws IOException {
            boolean escaped = false;
            int at = i + 1;
            while (true) {
                while (at < b.length && !SPECIAL[b[at] & 0xff]) {
                    at++;
                }
                if (at >= b.length) {
                    i = at;
                    throw error("the end of a string");
                }
                byte c = b[at++];
                if (c == '"') {
                    i = at;
                    return escaped;
                }
                if (c != '\\') {
                    i = at;
                    throw error("no control character in a string");
                }
                escaped = true;
                byte e = at < b.length ? b[at++] : 0;
                if (e == 'u') {
                    for (int k = 0; k < 4; k++) {
                        if (at >= b.length || Character.digit(b[at++], 16) < 0) {
                            i = at;
                            throw error("four hexadecimal digits after \\u");
                        }
                    }
                } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                    i = at;
                    throw error("a valid escape");
                }
            }
        }

        /** The bytes that end a string's plain run: its closing quote, an escape, a control character. */
        private static final boolean[] SPECIAL = new boolean[256];

        static {
            for (int c = 0; c < 0x20; c++) {
                SPECIAL[c] = true;
            }
            SPECIAL['"'] = true;
            SPECIAL['\\'] = true;
        }

        /** The string at the current position, decoded. */
        private String text() throws IOException {
            int from = i + 1;
            boolean escaped = string();
            int to = i - 1;
            return escaped ? unescaped(from, to) : new String(b, from, to - from, StandardCharsets.UTF_8);
        }

        private String unescaped(int from, int to) {
            StringBuilder out = new StringBuilder(to - from);
            int run = from;
            for (int at = from; at < to; ) {
                if (b[at] != '\\') {
                    at++;
                    continue;
                }
                out.append(new String(b, run, at - run, StandardCharsets.UTF_8));
                byte e = b[at + 1];
                switch (e) {
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> out.append((char) Integer.parseInt(new String(b, at + 2, 4, StandardCharsets.US_ASCII), 16));
                    default -> out.append((char) e); // " \ /
                }
                at += e == 'u' ? 6 : 2;
                run = at;
            }
            return out.append(new String(b, run, to - run, StandardCharsets.UTF_8)).toString();
        }

        /**
         * A number (RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?) of at most StrictJson's digits; returns
         * the position after its integer part when it has neither fraction nor exponent, -1 otherwise.
         */
        private int number() throws IOException {
            int start = i;
            if (i < b.length && b[i] == '-') {
                i++;
            }
            int digitsFrom = i;
            if (i < b.length && b[i] == '0') {
                i++;
            } else {
                digits();
            }
            int integerEnd = i;
            boolean integer = true;
            if (i < b.length && b[i] == '.') {
                i++;
                digits();
                integer = false;
            }
            if (i < b.length && (b[i] == 'e' || b[i] == 'E')) {
                i++;
                if (i < b.length && (b[i] == '+' || b[i] == '-')) {
                    i++;
                }
                digits();
                integer = false;
            }
            if ((integer ? integerEnd - digitsFrom : i - start) > StrictJson.MAX_NUMBER_LENGTH) {
                throw error("a number of at most " + StrictJson.MAX_NUMBER_LENGTH + " digits");
            }
            return integer ? integerEnd : -1;
        }

        private void digits() throws IOException {
            int from = i;
            while (i < b.length && b[i] >= '0' && b[i] <= '9') {
                i++;
            }
            if (i == from) {
                throw error("a digit");
            }
        }

        /** An integer's value; -1 for any other value (passed over), as a position never is. */
        private long integer() throws IOException {
            byte c = next();
            if (c != '-' && (c < '0' || c > '9')) {
                value();
                return -1;
            }
            int start = i;
            int integerEnd = number();
            if (integerEnd < 0) {
                return -1;
            }
            try {
                return Long.parseLong(new String(b, start, integerEnd - start, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                throw new IOException("seq is not a 64-bit integer", e);
            }
        }

        private void literal(String word) throws IOException {
            for (int k = 0; k < word.length(); k++, i++) {
                if (i >= b.length || b[i] != word.charAt(k)) {
                    throw error("'" + word + "'");
                }
            }
        }

        /** Whitespace passed over; the byte after it, not consumed. */
        byte next() throws IOException {
            while (i < b.length) {
                byte c = b[i];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return c;
                }
                i++;
            }
            throw error("more JSON");
        }

        private void expect(char c) throws IOException {
            if (next() != c) {
                throw error("'" + c + "'");
            }
            i++;
        }

        /** Nothing but whitespace after the entry's object. */
        void end() throws IOException {
            while (i < b.length) {
                byte c = b[i];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    throw error("nothing after the entry");
                }
                i++;
            }
        }

        /** No name twice among the members of the object at {@code start}, compared as decoded text. */
        private void distinctNames(int start) throws IOException {
            int resume = i;
            i = start + 1;
            Set<String> names = new HashSet<>();
            if (next() == '}') {
                i = resume;
                return;
            }
            while (true) {
                next();
                String name = text();
                if (!names.add(name)) {
                    i = resume;
                    throw error("no member named twice (\"" + name + "\")");
                }
                expect(':');
                value();
                byte c = next();
                i++;
                if (c == '}') {
                    i = resume;
                    return;
                }
            }
        }

        IOException error(String expected) {
            return new IOException("not an entry as JSON: expected " + expected + " at byte " + i);
        }
    }
}
