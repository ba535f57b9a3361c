package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Reads a contract document of any supported kind into clauses, choosing the reader by the file's
 * content (PDF, DOCX, JSON, plain text), not by trust in its name. Password-protected Word files and
 * legacy .doc files are recognised and refused with a clear message. Thread-safe.
 */
public final class ContractDocuments {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private final ReadOptions options;

    public ContractDocuments(ReadOptions options) {
        this.options = options;
    }

    /** The clauses of a document; {@code fileName} only decides between JSON and text for a ".json" name. */
    public List<ContractClause> read(String fileName, byte[] document) {
        return readerFor(fileName, document).read(document);
    }

    /** The reader that fits the content. */
    public ContractReader readerFor(String fileName, byte[] document) {
        options.limits().checkSize(document.length);
        if (startsWith(document, PDF, 1024)) {
            return new PdfContractReader(options);
        }
        if (startsWith(document, ZIP, 0)) {
            return new DocxContractReader(options);
        }
        if (startsWith(document, OLE2, 0)) {
            throw new ContractFormatException("", oleProblem(document));
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".json") || firstNonBlank(document) == '{') {
            return new JsonContractReader(options.limits());
        }
        return new TextContractReader(options);
    }

    /** An OLE2 container here is either an encrypted OOXML package or a legacy binary Word file. */
    private static String oleProblem(byte[] document) {
        try (POIFSFileSystem ole = new POIFSFileSystem(new ByteArrayInputStream(document))) {
            if (ole.getRoot().hasEntry("EncryptedPackage")) {
                return "the document is encrypted (password-protected); provide an unprotected copy";
            }
            return "legacy Word 97-2003 (.doc) or other binary Office files are not supported; save it as DOCX or PDF";
        } catch (IOException | RuntimeException e) {
            return "the file is a damaged Office document: its OLE2 structure cannot be read";
        }
    }

    private static boolean startsWith(byte[] document, byte[] magic, int searchWithin) {
        for (int at = 0; at <= Math.min(searchWithin, document.length - magic.length); at++) {
            boolean match = true;
            for (int i = 0; i < magic.length && match; i++) {
                match = document[at + i] == magic[i];
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonBlank(byte[] document) {
        for (byte b : document) {
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return b;
            }
        }
        return -1;
    }
}
