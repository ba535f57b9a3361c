package dev.ismsdecider.profile;

/**
 * Where the characters {@code [start, end)} of a clause text come from in its document: the PDF page and
 * line, the DOCX paragraph (counted over the whole body, tables included) or the line of a text file.
 * What a document does not have is {@code null}. Offsets are UTF-16 code units, as in finding spans.
 */
public record TextOrigin(int start, int end, Integer page, Integer paragraph, Integer line) {

    public TextOrigin {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("an origin spans [start, end) with 0 <= start <= end, not [" + start + ", " + end + ")");
        }
    }

    /** The same place, for the characters {@code [start, end)}. */
    public TextOrigin spanning(int from, int to) {
        return new TextOrigin(from, to, page, paragraph, line);
    }

    /** "page 3, line 5", "paragraph 7" or "line 12": how clause ids name an unnumbered clause. */
    public String location() {
        if (page != null) {
            return line == null ? "page " + page : "page " + page + ", line " + line;
        }
        if (paragraph != null) {
            return "paragraph " + paragraph;
        }
        return line == null ? "" : "line " + line;
    }
}
