package dev.ismsdecider.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checked-in source files read straight from the source tree, with plain string handling of its own, so that
 * tests compare the implementation with an independent reading rather than with itself.
 */
public final class SourceTables {

    public static final Path DIR = Path.of("src/main/resources/mapping");

    private SourceTables() {
    }

    /** Data rows (header dropped), each split on tabs. */
    public static List<String[]> rows(String file) {
        try {
            List<String> lines = Files.readAllLines(DIR.resolve(file));
            List<String[]> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                rows.add(line.split("\t", -1));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> cell(String value) {
        List<String> ids = new ArrayList<>();
        for (String id : value.split(",")) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        return ids;
    }

    public static List<String[]> csf() {
        return rows("sources/csf11-informative-references.tsv");
    }

    /** 2013 control to its 2022 controls, written A.x.y. */
    public static Map<String, Set<String>> correspondence() {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        for (String[] row : rows("sources/iso27001-2013-to-2022.tsv")) {
            map.computeIfAbsent(row[0], k -> new LinkedHashSet<>()).add("A." + row[1]);
        }
        return map;
    }

    public static Map<String, String> srToFr() {
        Map<String, String> map = new LinkedHashMap<>();
        rows("standard-ids/iec62443-3-3-2013-sr.tsv").forEach(r -> map.put(r[0], r[1]));
        return map;
    }

    public static List<String> iso2022(String kind) {
        return rows("standard-ids/iso27001-2022.tsv").stream().filter(r -> r[1].equals(kind)).map(r -> r[0]).toList();
    }

    /**
     * Every pair the sources imply, as "standard|requirement|annexA": column 2 holds SRs, column 1 the 2009
     * elements, column 3 the ISO 2013 references (Annex A ones start with "A.").
     */
    public static Set<String> expectedPairs() {
        Map<String, Set<String>> correspondence = correspondence();
        Set<String> pairs = new LinkedHashSet<>();
        for (String[] row : csf()) {
            for (String iso : cell(row[3])) {
                if (!iso.startsWith("A.")) {
                    continue;
                }
                for (String target : correspondence.get(iso)) {
                    cell(row[2]).forEach(sr -> pairs.add("IEC_62443_3_3|" + sr + "|" + target));
                    cell(row[1]).forEach(element -> pairs.add("ISA_62443_2_1|" + element + "|" + target));
                }
            }
        }
        return pairs;
    }

    public static String key(ControlPair pair) {
        return pair.standard().name() + "|" + pair.requirement() + "|" + pair.annexA();
    }
}
