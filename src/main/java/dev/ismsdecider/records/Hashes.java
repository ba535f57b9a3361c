package dev.ismsdecider.records;

import com.fasterxml.jackson.databind.JsonNode;
import org.erdtman.jcs.JsonCanonicalizer;
import org.erdtman.jcs.NumberToJSON;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/** The two primitives of the chain: RFC 8785 canonical JSON and lowercase hexadecimal SHA-256. */
final class Hashes {

    /** The previous hash of a tenant's first entry. */
    static final String GENESIS = "0".repeat(64);

    private Hashes() {
    }

    /** The RFC 8785 form of a JSON text (sorted members, ECMAScript numbers, minimal escapes). */
    static String canonical(String json) {
        try {
            return new JsonCanonicalizer(json).getEncodedString();
        } catch (IOException e) {
            throw new IllegalArgumentException("not canonicalisable JSON: " + e.getMessage(), e);
        }
    }

    /**
     * The RFC 8785 form of a JSON tree, written directly (the same text as {@link #canonical(String)} of the tree
     * written out, without writing and parsing it again): members sorted by their names' UTF-16 code units, numbers
     * as ECMAScript writes the double they denote, strings with only the escapes RFC 8785 requires.
     */
    static String canonical(JsonNode node) {
        return marked(node, null).text();
    }

    /** A canonical text and where the value of one of its top-level members starts in it (-1 when it has none). */
    record Marked(String text, int valueAt) {
    }

    /** {@link #canonical(JsonNode)}, noting where the value of the top-level member {@code member} is written. */
    static Marked marked(JsonNode node, String member) {
        StringBuilder out = new StringBuilder(8192);
        int[] valueAt = {-1};
        try {
            write(node, out, member, valueAt);
        } catch (IOException e) {
            throw new IllegalArgumentException("not canonicalisable JSON: " + e.getMessage(), e);
        }
        return new Marked(out.toString(), valueAt[0]);
    }

    private static void write(JsonNode node, StringBuilder out) throws IOException {
        write(node, out, null, null);
    }

    private static void write(JsonNode node, StringBuilder out, String marked, int[] valueAt) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<String> names = new ArrayList<>();
                node.fieldNames().forEachRemaining(names::add);
                Collections.sort(names);
                out.append('{');
                for (int i = 0; i < names.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(names.get(i), out);
                    out.append(':');
                    if (names.get(i).equals(marked)) {
                        valueAt[0] = out.length();
                    }
                    write(node.get(names.get(i)), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> out.append(NumberToJSON.serializeNumber(node.doubleValue()));
            case BOOLEAN -> out.append(node.booleanValue());
            case NULL -> out.append("null");
            default -> throw new IOException("no JSON value: " + node.getNodeType());
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** An entry's hash: SHA-256 over the previous entry's hash (64 ASCII hex digits) followed by the canonical entry. */
    static String entryHash(String prevHash, String canonicalEntry) {
        return entryHash(prevHash, canonicalEntry.getBytes(StandardCharsets.UTF_8));
    }

    /** {@link #entryHash(String, String)} of an entry given as its UTF-8 bytes. */
    static String entryHash(String prevHash, byte[] canonicalEntry) {
        MessageDigest digest = sha256();
        digest.update(prevHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(canonicalEntry);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
