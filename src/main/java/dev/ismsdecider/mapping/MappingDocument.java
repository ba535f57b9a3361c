package dev.ismsdecider.mapping;

import java.util.List;

/**
 * The generated mapping as it is checked in ({@code mapping/iec62443-iso27001.json}): how it was made, from which
 * files (with their SHA-256), the coverage figures, the notes on the sources and every pair.
 */
public record MappingDocument(
        String title,
        String version,
        String method,
        String confidence,
        List<SourceFile> sources,
        Coverage coverage,
        List<MappingNote> notes,
        List<ControlPair> pairs) {

    public MappingDocument {
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        pairs = List.copyOf(pairs);
    }

    /** A data file the mapping was generated from, relative to {@code mapping/}. */
    public record SourceFile(String path, String sha256) {
    }
}
