package dev.ismsdecider.records;

import org.erdtman.jcs.JsonCanonicalizer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** An entry's hash: SHA-256 over the previous entry's hash (64 ASCII hex digits) followed by the canonical entry. */
    static String entryHash(String prevHash, String canonicalEntry) {
        MessageDigest digest = sha256();
        digest.update(prevHash.getBytes(StandardCharsets.US_ASCII));
        digest.update(canonicalEntry.getBytes(StandardCharsets.UTF_8));
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
