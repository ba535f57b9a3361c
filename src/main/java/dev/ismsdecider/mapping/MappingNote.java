package dev.ismsdecider.mapping;

import java.util.List;

/**
 * Something a reader of the mapping must know about its sources: a reference that is not an Annex A control, a
 * doubt recorded in the source README, or a gap the pivot cannot bridge. Notes are data, not log lines: they
 * travel with the mapping so that no doubt is hidden.
 */
public record MappingNote(Kind kind, String subject, List<String> ids, String note) {

    public MappingNote {
        ids = List.copyOf(ids);
    }

    /** What kind of remark a note is. */
    public enum Kind {
        /** A CSF subcategory refers to an ISO/IEC 27001 main-body clause, a management-system requirement, not a control. */
        MAIN_BODY_CLAUSE,
        /** A reference printed in the source that does not exist in the standard. */
        INVALID_REFERENCE,
        /** The 2013 to 2022 correspondence row is disputed by the cross-check. */
        CONTESTED_CORRESPONDENCE,
        /** One 2013 control became two 2022 controls. */
        SPLIT_CORRESPONDENCE,
        /** The correspondence rows that only one source supports. */
        UNCONFIRMED_CORRESPONDENCE,
        /** The Annex A controls new in 2022: CSF 1.1 predates them, so the pivot cannot reach them. */
        NEW_IN_2022,
        /** A subcategory lists 62443 references but no ISO/IEC 27001 reference at all. */
        NO_ISO_REFERENCE,
        /** A limit of the identifiers themselves, e.g. numbering that cannot be checked against a list. */
        IDENTIFIERS
    }
}
