package dev.ismsdecider.mapping;

/** The IEC 62443 documents the mapping starts from; the target is always ISO/IEC 27001:2022 Annex A. */
public enum Standard {
    /** System requirements (SR 1.1 .. SR 7.8), grouped by foundational requirement. */
    IEC_62443_3_3("IEC 62443-3-3:2013", "isa62443_3_3_2013"),
    /**
     * Elements of the 2009 cyber security management system, numbered as in ANSI/ISA-62443-2-1 (99.02.01)-2009.
     * The numbers do not carry over to the restructured IEC 62443-2-1:2024.
     */
    ISA_62443_2_1("ISA 62443-2-1:2009", "isa62443_2_1_2009");

    private final String title;
    private final String csfColumn;

    Standard(String title, String csfColumn) {
        this.title = title;
        this.csfColumn = csfColumn;
    }

    /** The edition as people cite it. */
    public String title() {
        return title;
    }

    /** The column of the NIST CSF 1.1 informative references that lists this standard. */
    public String csfColumn() {
        return csfColumn;
    }
}
