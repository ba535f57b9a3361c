package dev.ismsdecider.report;

/**
 * The layout shared by the reports written for people (assessments, clause checks): one structure, two
 * notations. Markdown adds heading marks, list dashes and code spans where plain text uses underlines,
 * indented bullets and plain words.
 */
public abstract class ReportLayout {

    protected final boolean markdown;
    private final StringBuilder out = new StringBuilder();

    protected ReportLayout(boolean markdown) {
        this.markdown = markdown;
    }

    /** What has been written so far. */
    protected String text() {
        return out.toString();
    }

    protected void heading(int level, String title) {
        if (markdown) {
            line("#".repeat(level) + " " + title);
            blank();
        } else {
            line(level == 1 ? title.toUpperCase() : title);
            line((level == 1 ? "=" : "-").repeat(title.length()));
        }
    }

    protected void item(String text) {
        line((markdown ? "- " : "  * ") + text);
    }

    protected void detail(String text) {
        line((markdown ? "  " : "      ") + text);
    }

    protected String code(String text) {
        return markdown ? "`" + text + "`" : text;
    }

    /** Emphasis: bold in Markdown, capitals in plain text. */
    protected String strong(String text) {
        return markdown ? "**" + text + "**" : text.toUpperCase();
    }

    protected void line(String text) {
        out.append(text).append(System.lineSeparator());
    }

    protected void blank() {
        out.append(System.lineSeparator());
    }
}
