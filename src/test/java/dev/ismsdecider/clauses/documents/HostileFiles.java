package dev.ismsdecider.clauses.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Hostile documents, made by the tests (nothing large is committed): zip bombs of several ratios, entries
 * that lie about their size, XXE and entity expansion in each part, PDFs that loop, inflate without end,
 * have thousands of pages or a gigantic image.
 */
public final class HostileFiles {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    public static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>";
    /** An external entity that would read a local file, and a billion-laughs expansion. */
    public static final String XXE_DTD = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    public static final String LAUGHS_DTD = "<!DOCTYPE x [<!ENTITY a \"lollollollollollollollollollol\">" + laughs() + "]>";

    private HostileFiles() {
    }

    /** A minimal Word package whose parts are given (name to XML); missing standard parts are added. */
    public static byte[] docx(Map<String, String> parts) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", parts.getOrDefault("[Content_Types].xml", CONTENT_TYPES));
            entry(out, "_rels/.rels", parts.getOrDefault("_rels/.rels", RELS));
            entry(out, "word/document.xml", parts.getOrDefault("word/document.xml", body("<w:p><w:r><w:t>1.1 Supplier shall hold ISO 27001.</w:t></w:r></w:p>")));
            parts.forEach((name, xml) -> {
                if (!name.equals("[Content_Types].xml") && !name.equals("_rels/.rels") && !name.equals("word/document.xml")) {
                    entry(out, name, xml);
                }
            });
        });
    }

    /** The XML of a main document part with this body content. */
    public static String body(String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W + "\"><w:body>" + content + "</w:body></w:document>";
    }

    /**
     * A Word package whose main part inflates to about {@code inflatedBytes}: empty paragraphs (a ratio of
     * about 1000:1), or numbered clauses of random words ({@code text}, about 3:1), or repeated clauses
     * varied every few hundred bytes (about 60:1, under the 100:1 ratio check of POI's zip reader).
     */
    public static byte[] docxBomb(long inflatedBytes, Ratio ratio) {
        // made once per size and ratio: several suites send the same bombs, and deflating 100 MB takes a while
        return BOMBS.computeIfAbsent(ratio + "/" + inflatedBytes, key -> makeDocxBomb(inflatedBytes, ratio)).clone();
    }

    private static final java.util.Map<String, byte[]> BOMBS = new java.util.concurrent.ConcurrentHashMap<>();

    private static byte[] makeDocxBomb(long inflatedBytes, Ratio ratio) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", CONTENT_TYPES);
            entry(out, "_rels/.rels", RELS);
            try {
                out.putNextEntry(new ZipEntry("word/document.xml"));
                out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + W + "\"><w:body>").getBytes(StandardCharsets.UTF_8));
                Random random = new Random(16);
                long written = 0;
                for (int i = 0; written < inflatedBytes; i++) {
                    String chunk = switch (ratio) {
                        case EMPTY_PARAGRAPHS -> "<w:p/>".repeat(1000);
                        case RANDOM_TEXT -> "<w:p><w:r><w:t>" + (i % 900 + 1) + ". " + randomWords(random, 40) + "</w:t></w:r></w:p>";
                        case REPEATED_CLAUSES -> ("<w:p><w:r><w:t xml:space=\"preserve\">" + (i % 900 + 1)
                                + ". Supplier shall hold a certificate to ISO/IEC 27001 and keep it valid. </w:t></w:r></w:p>").repeat(8);
                    };
                    byte[] bytes = chunk.getBytes(StandardCharsets.UTF_8);
                    out.write(bytes);
                    written += bytes.length;
                }
                out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How well a zip bomb compresses. */
    public enum Ratio {
        EMPTY_PARAGRAPHS, RANDOM_TEXT, REPEATED_CLAUSES
    }

    /**
     * The same package with the main part's sizes in the zip directory rewritten to {@code claimed} bytes:
     * a reader that trusts the directory is told the part is small.
     */
    public static byte[] lyingAboutSize(byte[] docx, int claimed) {
        byte[] copy = docx.clone();
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + 46 + name.length <= copy.length; i++) {
            if (copy[i] == 'P' && copy[i + 1] == 'K' && copy[i + 2] == 1 && copy[i + 3] == 2
                    && regionEquals(copy, i + 46, name)) {
                for (int b = 0; b < 4; b++) {
                    copy[i + 24 + b] = (byte) (claimed >>> (8 * b));
                }
            }
        }
        return copy;
    }

    /** A PDF written by hand from its objects (numbered from 1), with a correct cross-reference table. */
    public static byte[] pdf(String... objects) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.length + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    /** A stream object whose data is {@code data} deflated (the bytes are Latin-1 in the returned text). */
    public static String flateStream(String dictionary, byte[] data) {
        byte[] deflated = deflate(data);
        return "<< " + dictionary + " /Filter /FlateDecode /Length " + deflated.length + " >>\nstream\n"
                + new String(deflated, StandardCharsets.ISO_8859_1) + "\nendstream";
    }

    /** One page with a line of text; more content (e.g. an image) through {@code extraResources} and {@code extraContent}. */
    public static String[] onePage(String kids, String extraResources, String extraContent, String... extraObjects) {
        String content = "BT /F1 12 Tf 72 720 Td (1.1 Supplier shall hold ISO 27001.) Tj ET " + extraContent;
        String[] objects = new String[5 + extraObjects.length];
        objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
        objects[1] = "<< /Type /Pages /Kids [" + kids + "] /Count 1 >>";
        objects[2] = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> " + extraResources + " >> >>";
        objects[3] = flateStream("", content.getBytes(StandardCharsets.ISO_8859_1));
        objects[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";
        System.arraycopy(extraObjects, 0, objects, 5, extraObjects.length);
        return objects;
    }

    static byte[] deflate(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflater.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] zip(Consumer<ZipOutputStream> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            content.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, String xml) {
        try {
            out.putNextEntry(new ZipEntry(name));
            out.write(xml.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomWords(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            int length = 3 + random.nextInt(8);
            for (int c = 0; c < length; c++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString();
    }

    private static String laughs() {
        StringBuilder entities = new StringBuilder();
        for (char c = 'b'; c <= 'j'; c++) {
            String previous = "&" + (char) (c - 1) + ";";
            entities.append("<!ENTITY ").append(c).append(" \"").append(previous.repeat(10)).append("\">");
        }
        return entities.toString();
    }

    private static boolean regionEquals(byte[] bytes, int at, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (bytes[at + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
