package dev.ismsdecider.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Reads the mapping data that travels inside the jar under {@code mapping/}. */
public final class Resources {

    static final String BASE = "mapping/";

    private Resources() {
    }

    static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(BASE + path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + BASE + path, e);
        }
    }

    static String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    public static String sha256(String path) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(path)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * The rows of a TSV file with a header row, each as its cells; the header must be the one expected,
     * so that a reordered source file fails loudly instead of being read into the wrong columns.
     */
    public static List<String[]> tsv(String path, String... header) {
        List<String> lines = text(path).lines().toList();
        if (lines.isEmpty() || !Arrays.equals(lines.get(0).split("\t", -1), header)) {
            throw new IllegalStateException(path + ": expected the header " + String.join(" | ", header));
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != header.length) {
                throw new IllegalStateException(path + " line " + (i + 1) + ": " + cells.length + " cells, expected " + header.length);
            }
            rows.add(cells);
        }
        return rows;
    }

    /** A cell holding several IDs, separated by {@code ", "} as the source READMEs define; empty means none. */
    public static List<String> ids(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(", ")).map(String::strip).toList();
    }
}
