package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Word (DOCX) contracts: one clause per paragraph of the main document part, tables included, in document
 * order; a table row "number | text" is one clause. The part is streamed (StAX over {@code word/document.xml}, found through the package's
 * relationships) and never held whole: reading stops at the character, clause and time limits as they are
 * reached, and the bytes inflated from the package are capped whatever the compression ratio, so a zip
 * bomb costs no more than an ordinary large contract. Only the relationships and the main part are read;
 * a part that declares a DTD is refused (no entity is ever expanded or fetched). Encrypted and legacy Word
 * files are recognised before they get here; see {@link ContractDocuments}.
 */
public final class DocxContractReader implements ContractReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELATIONSHIPS = "_rels/.rels";
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final String DEFAULT_MAIN_PART = "word/document.xml";
    private static final String NOT_DOCX = "the file is not a readable Word (DOCX) document: ";
    /** A Word package has a few dozen parts; the zip directory of one with many more is not even read. */
    private static final int MAX_ENTRIES = 2_000;

    private final ReadOptions options;

    public DocxContractReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public List<ContractClause> read(byte[] document) {
        DocumentLimits limits = options.limits();
        limits.checkSize(document.length);
        int entries = entriesInZipDirectory(document);
        if (entries < 0) {
            throw new ContractFormatException("", "the DOCX is truncated or damaged: its zip directory is missing");
        }
        if (entries > MAX_ENTRIES) {
            throw new ContractFormatException("", NOT_DOCX + "it is a zip archive of " + entries + " files; a Word document has a few dozen");
        }
        Paragraphs paragraphs = options.paragraphs();
        long[] inflated = {0};
        String part = RELATIONSHIPS;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(document)).get()) {
            part = mainPart(zip, inflated);
            ZipArchiveEntry entry = zip.getEntry(part);
            if (entry == null) {
                throw new ContractFormatException("", NOT_DOCX + "it is a zip archive without a Word document part (" + part + ")");
            }
            try (InputStream in = new Capped(zip.getInputStream(entry), inflated, limits.maxInflatedBytes(), part)) {
                new BodyText(paragraphs, limits, part).read(xml(in));
            }
            return paragraphs.clauses("Word document");
        } catch (XMLStreamException e) {
            throw refusal(e, part);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContractFormatException known) {
                throw known;
            }
            throw refusal(e, part);
        }
    }

    /** The main document part, as the package relationships name it. */
    private static String mainPart(ZipFile zip, long[] inflated) throws IOException, XMLStreamException {
        ZipArchiveEntry rels = zip.getEntry(RELATIONSHIPS);
        if (rels == null) {
            return DEFAULT_MAIN_PART;
        }
        try (InputStream in = new Capped(zip.getInputStream(rels), inflated, 1024 * 1024, RELATIONSHIPS)) {
            XMLStreamReader xml = xml(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw dtd(RELATIONSHIPS);
                }
                if (event == XMLStreamConstants.START_ELEMENT && "Relationship".equals(xml.getLocalName())
                        && String.valueOf(xml.getAttributeValue(null, "Type")).endsWith(OFFICE_DOCUMENT)) {
                    String target = xml.getAttributeValue(null, "Target");
                    if (target != null && !target.isBlank() && !target.contains("://")) {
                        return target.startsWith("/") ? target.substring(1) : target;
                    }
                }
            }
        }
        return DEFAULT_MAIN_PART;
    }

    /** A streaming XML reader that never loads a DTD or expands an entity; a DTD itself is refused below. */
    private static XMLStreamReader xml(InputStream in) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return factory.createXMLStreamReader(in);
    }

    private static ContractFormatException dtd(String part) {
        return new ContractFormatException("", NOT_DOCX + part + " declares a DTD, which Word never writes;"
                + " it is refused unread (a DTD can make a reader fetch files or expand entities without end)");
    }

    /** Our words for a package or part that cannot be read, with the position in the part where there is one. */
    private static ContractFormatException refusal(Exception e, String part) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ContractFormatException known) {
                return known;
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof ContractFormatException known) {
                return known;
            }
        }
        if (e instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
            return new ContractFormatException("", NOT_DOCX + part + " is damaged near line " + x.getLocation().getLineNumber()
                    + ", column " + x.getLocation().getColumnNumber(), e);
        }
        return new ContractFormatException("", NOT_DOCX + "its zip structure or compressed content is damaged", e);
    }

    /**
     * Paragraphs ({@code w:p}, also in tables) and their text ({@code w:t}, tabs, breaks) as they stream by.
     * The paragraphs of a row of a (top-level) table are held until the row ends: a row whose first cell
     * holds a clause number and nothing else is one clause, numbered so, with the text of its other cells;
     * any other row gives one clause per paragraph, as the body does.
     */
    private static final class BodyText {
        private final Paragraphs paragraphs;
        private final DocumentLimits limits;
        private final String part;
        private final StringBuilder paragraph = new StringBuilder();
        private long characters;
        private int count;
        private int tables;                  // nesting of w:tbl
        private List<List<Paragraphs.Line>> row; // the cells of the top-level table row being read, or null

        BodyText(Paragraphs paragraphs, DocumentLimits limits, String part) {
            this.paragraphs = paragraphs;
            this.limits = limits;
            this.part = part;
        }

        void read(XMLStreamReader xml) throws XMLStreamException {
            int depth = 0;       // nesting of w:p (a text box puts paragraphs inside a paragraph)
            int skipped = 0;     // inside mc:Fallback, which repeats mc:Choice
            boolean inText = false;
            long events = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (++events % 4096 == 0) {
                    paragraphs.checkTime("paragraph " + (count + 1));
                }
                switch (event) {
                    case XMLStreamConstants.DTD -> throw dtd(part);
                    case XMLStreamConstants.START_ELEMENT -> {
                        String name = xml.getLocalName();
                        if (skipped > 0 || "Fallback".equals(name) && !W.equals(xml.getNamespaceURI())) {
                            skipped++;
                        } else if (W.equals(xml.getNamespaceURI())) {
                            switch (name) {
                                case "p" -> {
                                    if (depth++ > 0) {
                                        append("\n");
                                    }
                                }
                                case "t" -> inText = depth > 0;
                                case "tbl" -> tables++;
                                case "tr" -> row = tables == 1 ? new ArrayList<>() : row;
                                case "tc" -> {
                                    if (tables == 1 && row != null) {
                                        row.add(new ArrayList<>());
                                    }
                                }
                                case "tab", "ptab" -> append(depth > 0 ? "\t" : "");
                                case "br", "cr" -> append(depth > 0 ? "\n" : "");
                                default -> {
                                }
                            }
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (skipped > 0) {
                            skipped--;
                        } else if (W.equals(xml.getNamespaceURI())) {
                            switch (xml.getLocalName()) {
                                case "t" -> inText = false;
                                case "p" -> {
                                    if (depth > 0 && --depth == 0) {
                                        endParagraph();
                                    }
                                }
                                case "tr" -> {
                                    if (tables == 1 && row != null) {
                                        endRow();
                                    }
                                }
                                case "tbl" -> tables = Math.max(0, tables - 1);
                                default -> {
                                }
                            }
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (inText && skipped == 0) {
                            append(xml.getText());
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw dtd(part);
                    default -> {
                    }
                }
            }
            if (row != null) { // a row the part never closed: its paragraphs are read all the same
                endRow();
            }
        }

        private void endParagraph() {
            count++;
            if (paragraph.isEmpty()) { // an empty paragraph, however many, costs no strings
                return;
            }
            Paragraphs.Line line = new Paragraphs.Line(paragraph.toString(), null, count, null);
            paragraph.setLength(0);
            if (row != null && !row.isEmpty()) {
                row.get(row.size() - 1).add(line);
            } else {
                paragraphs.add(List.of(line), Paragraphs.Breaks.KEPT);
            }
        }

        private void endRow() {
            List<List<Paragraphs.Line>> cells = row.stream().filter(c -> c.stream().anyMatch(l -> !l.text().isBlank())).toList();
            row = null;
            List<Paragraphs.Line> first = cells.isEmpty() ? List.of() : cells.get(0).stream().filter(l -> !l.text().isBlank()).toList();
            if (cells.size() >= 2 && first.size() == 1 && Numbering.alone(first.get(0).text())) {
                paragraphs.add(cells.stream().flatMap(List::stream).toList(), Paragraphs.Breaks.KEPT);
                return;
            }
            for (List<Paragraphs.Line> cell : cells) {
                for (Paragraphs.Line line : cell) {
                    paragraphs.add(List.of(line), Paragraphs.Breaks.KEPT);
                }
            }
        }

        private void append(String text) {
            characters += text.length();
            limits.checkCharacters(characters, "paragraph " + (count + 1));
            paragraph.append(text);
        }
    }

    /** Counts the bytes inflated from the package and refuses the document once they pass the cap. */
    private static final class Capped extends FilterInputStream {
        private final long[] total;
        private final long cap;
        private final String part;

        Capped(InputStream in, long[] total, long cap, String part) {
            super(in);
            this.total = total;
            this.cap = cap;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            total[0] += n;
            if (total[0] > cap) {
                throw new DocumentLimitException(DocumentLimitException.Limit.INFLATED_BYTES, "",
                        "the Word document inflates beyond " + cap + " bytes (" + part + "); a contract needs far less");
            }
        }
    }

    /**
     * The number of entries a complete zip file's end-of-central-directory record (PK 5 6, within its last
     * 64 KB) announces; -1 when there is no such record (a truncated file).
     */
    private static int entriesInZipDirectory(byte[] document) {
        int stop = Math.max(0, document.length - 65_557);
        for (int i = document.length - 22; i >= stop; i--) {
            if (document[i] == 'P' && document[i + 1] == 'K' && document[i + 2] == 5 && document[i + 3] == 6) {
                return (document[i + 10] & 0xFF) | (document[i + 11] & 0xFF) << 8;
            }
        }
        return -1;
    }
}
