package dev.ismsdecider.mapping;

import java.util.List;

/**
 * Provenance of a pair through one NIST CSF 1.1 subcategory: the ISO/IEC 27001:2013 Annex A controls that the
 * subcategory lists and that lead to the pair's 2022 control, and the best agreement among those rows.
 */
public record PivotPath(String subcategory, List<String> iso27001_2013, Agreement agreement) {

    public PivotPath {
        iso27001_2013 = List.copyOf(iso27001_2013);
    }
}
