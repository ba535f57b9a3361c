package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Word (DOCX) contracts through Apache POI: one clause per paragraph of the body, tables included, in
 * document order. Truncated or damaged files, files beyond the limits, and zip bombs (POI's inflation
 * checks) are refused. Encrypted and legacy Word files are recognised before they get here; see
 * {@link ContractDocuments}.
 */
public final class DocxContractReader implements ContractReader {

    /** Largest part POI may inflate: a contract's document.xml is far smaller; a zip bomb is not. */
    private static final long MAX_PART_BYTES = 100L * 1024 * 1024;

    private final ReadOptions options;

    public DocxContractReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public List<ContractClause> read(byte[] document) {
        options.limits().checkSize(document.length);
        if (!hasEndOfCentralDirectory(document)) {
            throw new ContractFormatException("", "the DOCX is truncated or damaged: its zip directory is missing");
        }
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_PART_BYTES));
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document))) {
            Paragraphs paragraphs = options.paragraphs();
            int[] counter = {0};
            long characters = 0;
            for (IBodyElement element : docx.getBodyElements()) {
                characters += addElement(element, paragraphs, counter);
                options.limits().checkCharacters(characters, "paragraph " + counter[0]);
            }
            return paragraphs.clauses("Word document");
        } catch (IOException | RuntimeException e) {
            if (e instanceof ContractFormatException known) {
                throw known;
            }
            throw new ContractFormatException("", "the file is not a readable Word (DOCX) document: " + e.getMessage(), e);
        }
    }

    /** Adds a paragraph, or each paragraph of each cell of a table; returns the characters read. */
    private static long addElement(IBodyElement element, Paragraphs paragraphs, int[] counter) {
        if (element instanceof XWPFParagraph p) {
            counter[0]++;
            String text = p.getText();
            paragraphs.add(text, "paragraph " + counter[0]);
            return text.length();
        }
        long characters = 0;
        if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        characters += addElement(inner, paragraphs, counter);
                    }
                }
            }
        }
        return characters;
    }

    /** A complete zip file ends with an end-of-central-directory record (PK 5 6) within its last 64 KB. */
    private static boolean hasEndOfCentralDirectory(byte[] document) {
        int stop = Math.max(0, document.length - 65_557);
        for (int i = document.length - 22; i >= stop; i--) {
            if (document[i] == 'P' && document[i + 1] == 'K' && document[i + 2] == 5 && document[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }
}
