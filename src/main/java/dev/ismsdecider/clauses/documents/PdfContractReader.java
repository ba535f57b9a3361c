package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PDF contracts through Apache PDFBox: the text layer page by page, one clause per paragraph (a blank
 * line, or a line opening with clause numbering such as "14.2" or "§ 3", starts one; a paragraph runs on
 * across a page break). The lines of a clause are joined into running text, each span keeping its page
 * and line ({@link Paragraphs.Breaks#JOINED}). Encrypted, truncated or damaged files, files beyond the limits and files without a text
 * layer (scans) are refused, never read in part.
 */
public final class PdfContractReader implements ContractReader {

    /** Page furniture that is no clause text: "Page 3 of 50", "Seite 3 von 50". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:Page|Seite)\\s+\\d+(?:\\s+(?:of|von)\\s+\\d+)?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /** The end of a line that ends a sentence: a paragraph ending there does not run on to the next page. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:;][\"'”’)]?$");

    private final ReadOptions options;

    public PdfContractReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public List<ContractClause> read(byte[] document) {
        options.limits().checkSize(document.length);
        if (!endsWithEofMarker(document)) {
            throw new ContractFormatException("", "the PDF is truncated or damaged: it has no end-of-file marker");
        }
        // PDFBox keeps what it decodes in a cache of its own: main memory only, at most the inflation cap.
        try (PDDocument pdf = Loader.loadPDF(document, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(options.limits().maxInflatedBytes()).streamCache)) {
            if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
                throw new ContractFormatException("", "the PDF is encrypted and does not permit its text to be read; provide an unprotected copy");
            }
            int pages = pdf.getNumberOfPages();
            options.limits().checkPages(pages);
            Paragraphs paragraphs = options.paragraphs();
            List<Paragraphs.Line> lines = lines(pdf, pages, paragraphs);
            paragraphs.addLines(lines, true, Paragraphs.Breaks.JOINED);
            return paragraphs.clauses("PDF");
        } catch (InvalidPasswordException e) {
            throw new ContractFormatException("", "the PDF is encrypted (password-protected); provide an unprotected copy", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContractFormatException known) {
                throw known;
            }
            // PDFBox's own wording names its classes and offsets: the user learns what it means for the file
            throw new ContractFormatException("", "the file is not a readable PDF: its structure is damaged", e);
        }
    }

    private List<Paragraphs.Line> lines(PDDocument pdf, int pages, Paragraphs paragraphs) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        stripper.setParagraphStart("");
        stripper.setParagraphEnd("\n");
        List<Paragraphs.Line> lines = new ArrayList<>();
        long characters = 0;
        boolean anyText = false;
        long[] inflated = {0};
        for (int page = 1; page <= pages; page++) {
            paragraphs.checkTime("page " + page);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text;
            try {
                checkContentIntact(pdf.getPage(page - 1), page, inflated, options.limits().maxInflatedBytes());
                text = stripper.getText(pdf);
            } catch (ContractFormatException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new ContractFormatException("page " + page, "the page cannot be read: its content is damaged", e);
            }
            characters += text.length();
            options.limits().checkCharacters(characters, "page " + page);
            String[] pageLines = text.split("\n", -1);
            int footer = lastNonBlank(pageLines);
            for (int i = 0; i < pageLines.length; i++) {
                String line = pageLines[i].stripTrailing();
                if (PAGE_NUMBER.matcher(line).matches() || i == footer && line.strip().equals(String.valueOf(page))) {
                    continue; // "Page 3 of 50", or a bare "3" closing page 3
                }
                anyText |= !line.isBlank();
                lines.add(new Paragraphs.Line(line, page, null, i + 1));
            }
            endPage(lines);
        }
        if (!anyText) {
            throw new ContractFormatException("", "the PDF has no text layer (a scan?); run text recognition on it first");
        }
        return lines;
    }

    /**
     * PDFBox reads around a damaged compressed stream and returns what it could, with only a log warning;
     * that would be a partial answer. So each Flate-compressed content stream of the page is inflated
     * strictly here first, and a damaged or cut-off one refuses the document. The bytes inflated are counted
     * over the whole document ({@code inflated}) and capped, whatever the compression ratio.
     */
    private static void checkContentIntact(PDPage page, int number, long[] inflated, long cap) throws IOException {
        Iterator<PDStream> streams = page.getContentStreams();
        while (streams.hasNext()) {
            COSStream stream = streams.next().getCOSObject();
            if (!COSName.FLATE_DECODE.equals(stream.getFilters())) {
                continue;
            }
            Inflater inflater = new Inflater();
            try (InputStream raw = stream.createRawInputStream()) {
                inflater.setInput(raw.readAllBytes());
                byte[] buffer = new byte[8192];
                while (!inflater.finished()) {
                    int n = inflater.inflate(buffer);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new ContractFormatException("page " + number, "the page's content is cut off or damaged");
                    }
                    inflated[0] += n;
                    if (inflated[0] > cap) {
                        throw new DocumentLimitException(DocumentLimitException.Limit.INFLATED_BYTES, "page " + number,
                                "the PDF's page content inflates beyond " + cap + " bytes; a contract needs far less");
                    }
                }
            } catch (DataFormatException e) {
                throw new ContractFormatException("page " + number, "the page's content is damaged: it does not inflate", e);
            } finally {
                inflater.end();
            }
        }
    }

    /**
     * A page ends in blank lines, whether or not its last paragraph ends there. A paragraph whose last line
     * ends a sentence ends with the page; one that does not runs on to the next page.
     */
    private static void endPage(List<Paragraphs.Line> lines) {
        int last = lines.size();
        while (last > 0 && lines.get(last - 1).text().isBlank()) {
            last--;
        }
        if (last == 0) {
            return;
        }
        Paragraphs.Line end = lines.get(last - 1);
        lines.subList(last, lines.size()).clear();
        if (SENTENCE_END.matcher(end.text()).find()) {
            lines.add(new Paragraphs.Line("", end.page(), null, end.line() + 1));
        }
    }

    private static int lastNonBlank(String[] lines) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** A complete PDF ends with "%%EOF" (followed by at most a little whitespace); a cut-off download does not. */
    private static boolean endsWithEofMarker(byte[] document) {
        int from = Math.max(0, document.length - 1024);
        String tail = new String(document, from, document.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }
}
