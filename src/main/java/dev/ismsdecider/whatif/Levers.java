package dev.ismsdecider.whatif;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The table of {@code levers.properties}: whether a change at a pointer is one the organisation can act on. */
final class Levers {

    record Entry(Lever lever, String reason) {
    }

    private final Map<String, Entry> byPrefix = new TreeMap<>();

    private Levers() {
        Properties table = new Properties();
        try (InputStream in = Levers.class.getResourceAsStream("levers.properties")) {
            if (in == null) {
                throw new IllegalStateException("levers.properties is missing from the application");
            }
            table.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table.forEach((key, value) -> {
            String[] parts = value.toString().strip().split(" ", 2);
            byPrefix.put(key.toString(), new Entry(Lever.valueOf(parts[0]), parts.length > 1 ? parts[1] : ""));
        });
    }

    static Levers packaged() {
        return new Levers();
    }

    /** The lever of a change at {@code pointer}: that of the longest matching prefix, or SITUATION. */
    Entry of(String pointer) {
        String pattern = pointer.replaceAll("/\\d+(?=/|$)", "/*");
        Entry best = new Entry(Lever.SITUATION, "the situation as it is");
        int bestLength = -1;
        for (Map.Entry<String, Entry> e : byPrefix.entrySet()) {
            String prefix = e.getKey();
            boolean matches = pattern.equals(prefix) || pattern.startsWith(prefix + "/");
            if (matches && prefix.length() > bestLength) {
                best = e.getValue();
                bestLength = prefix.length();
            }
        }
        return best;
    }
}
