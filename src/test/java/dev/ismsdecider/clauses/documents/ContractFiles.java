package dev.ismsdecider.clauses.documents;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Contract documents made by the tests themselves with PDFBox and POI: well-formed, encrypted, truncated
 * and damaged PDF and DOCX files, and a long generated contract for the benchmark.
 */
public final class ContractFiles {

    private static final float MARGIN = 56;
    private static final float LEADING = 14;
    private static final int WRAP = 95;

    private ContractFiles() {
    }

    /** A PDF laying out the paragraphs with a blank line between them, wrapping lines, with "Page N of M" footers. */
    public static byte[] pdf(List<String> paragraphs) {
        return save(pdfDocument(paragraphs, Integer.MAX_VALUE), null);
    }

    /** The same, cut into pages of at most {@code linesPerPage} lines. */
    public static byte[] pdf(List<String> paragraphs, int linesPerPage) {
        return save(pdfDocument(paragraphs, linesPerPage), null);
    }

    /** A PDF that needs the password "secret" to open. */
    public static byte[] encryptedPdf(List<String> paragraphs) {
        return save(pdfDocument(paragraphs, Integer.MAX_VALUE), new StandardProtectionPolicy("owner-secret", "secret", new AccessPermission()));
    }

    /** A PDF that opens without a password but whose permissions forbid extracting its text. */
    public static byte[] copyProtectedPdf(List<String> paragraphs) {
        AccessPermission permissions = new AccessPermission();
        permissions.setCanExtractContent(false);
        return save(pdfDocument(paragraphs, Integer.MAX_VALUE), new StandardProtectionPolicy("owner-secret", "", permissions));
    }

    /** A PDF with pages but no text on them, as a scan without text recognition would be. */
    public static byte[] pdfWithoutText(int pages) {
        PDDocument pdf = new PDDocument();
        for (int i = 0; i < pages; i++) {
            pdf.addPage(new PDPage(PDRectangle.A4));
        }
        return save(pdf, null);
    }

    /** A generated contract of about {@code pages} pages: numbered clauses drawn in turn from {@code clauses}. */
    public static byte[] contractPdf(List<String> clauses, int pages) {
        int linesPerPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING) - 2;
        List<String> numbered = new ArrayList<>();
        int lines = 0;
        for (int i = 0; lines < pages * linesPerPage - 3; i++) {
            String clause = (i / 10 + 1) + "." + (i % 10 + 1) + " " + clauses.get(i % clauses.size());
            int needed = wrap(clause).size() + 1;
            if (lines % linesPerPage + needed > linesPerPage) {
                lines += linesPerPage - lines % linesPerPage;
            }
            if (lines + needed > pages * linesPerPage) {
                break;
            }
            numbered.add(clause);
            lines += needed;
        }
        return pdf(numbered, linesPerPage);
    }

    /** A DOCX with one paragraph per entry and, if given, a table with one row per cell text. */
    public static byte[] docx(List<String> paragraphs, List<String> tableCells) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs.forEach(p -> docx.createParagraph().createRun().setText(p));
            if (!tableCells.isEmpty()) {
                XWPFTable table = docx.createTable(tableCells.size(), 1);
                for (int i = 0; i < tableCells.size(); i++) {
                    table.getRow(i).getCell(0).setText(tableCells.get(i));
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with the paragraphs, then a table with one row per entry of {@code rows} and one cell per string of a row. */
    public static byte[] docxTable(List<String> paragraphs, List<List<String>> rows) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            paragraphs.forEach(p -> docx.createParagraph().createRun().setText(p));
            int columns = rows.stream().mapToInt(List::size).max().orElse(1);
            XWPFTable table = docx.createTable(rows.size(), columns);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    table.getRow(r).getCell(c).setText(rows.get(r).get(c));
                }
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose pages hold exactly the lines given, broken where given (no wrapping, no footer). */
    public static byte[] pdfLines(List<List<String>> pages) {
        PDDocument pdf = new PDDocument();
        for (List<String> page : pages) {
            drawPage(pdf, page, null);
        }
        return save(pdf, null);
    }

    /** A DOCX encrypted with the password "secret" (an OLE2 container holding the encrypted package). */
    public static byte[] encryptedDocx(List<String> paragraphs) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(docx(paragraphs, List.of())));
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                opc.save(encrypted);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An OLE2 file as a Word 97-2003 .doc is: not encrypted, just the old format. */
    public static byte[] legacyDoc() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A well-formed zip whose main document part is not XML. */
    public static byte[] docxWithDamagedBody(List<String> paragraphs) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx(paragraphs, List.of())));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(entry.getName().equals("word/document.xml") ? "<w:document><w:body>".getBytes() : in.readAllBytes());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a file, as an interrupted download leaves it. */
    public static byte[] truncated(byte[] document) {
        return Arrays.copyOf(document, document.length / 2);
    }

    /** A file that starts like a PDF and ends like one, with garbage between. */
    public static byte[] garbagePdf() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes());
        out.writeBytes(garbage);
        out.writeBytes("\n%%EOF\n".getBytes());
        return out.toByteArray();
    }

    private static PDDocument pdfDocument(List<String> paragraphs, int linesPerPage) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String paragraph : paragraphs) {
            List<String> lines = wrap(paragraph);
            if (!page.isEmpty() && page.size() + lines.size() > linesPerPage) {
                pages.add(page);
                page = new ArrayList<>();
            }
            page.addAll(lines);
            page.add("");
        }
        pages.add(page);
        PDDocument pdf = new PDDocument();
        for (int p = 0; p < pages.size(); p++) {
            drawPage(pdf, pages.get(p), "Page " + (p + 1) + " of " + pages.size());
        }
        return pdf;
    }

    private static void drawPage(PDDocument pdf, List<String> lines, String footer) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDPage pdPage = new PDPage(PDRectangle.A4);
        pdf.addPage(pdPage);
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdPage)) {
            content.beginText();
            content.setFont(font, 10);
            content.setLeading(LEADING);
            content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
            if (footer != null) {
                content.beginText();
                content.newLineAtOffset(PDRectangle.A4.getWidth() / 2 - 30, MARGIN / 2);
                content.showText(footer);
                content.endText();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(String paragraph) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + word.length() + 1 > WRAP) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] save(PDDocument pdf, StandardProtectionPolicy protection) {
        try (pdf; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            if (protection != null) {
                protection.setEncryptionKeyLength(128);
                pdf.protect(protection);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
