package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain UTF-8 text, one clause per paragraph (paragraphs are separated by blank lines). Text that is not
 * UTF-8, or holds control characters of a binary file, is refused with the line at fault.
 */
public final class TextContractReader implements ContractReader {

    private final ReadOptions options;

    public TextContractReader(ReadOptions options) {
        this.options = options;
    }

    @Override
    public List<ContractClause> read(byte[] document) {
        return clauses(decode(document), "text");
    }

    private List<ContractClause> clauses(String text, String kind) {
        options.limits().checkCharacters(text.length(), "");
        String[] lines = text.split("\\R", -1);
        List<Paragraphs.Line> numbered = new ArrayList<>(lines.length);
        for (int i = 0; i < lines.length; i++) {
            checkCharacters(lines[i], i + 1);
            numbered.add(new Paragraphs.Line(lines[i], null, null, i + 1));
        }
        Paragraphs paragraphs = options.paragraphs();
        paragraphs.addLines(numbered, false, Paragraphs.Breaks.KEPT);
        return paragraphs.clauses(kind);
    }

    private static String decode(byte[] document) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(document)).toString().replaceFirst("^\uFEFF", "");
        } catch (CharacterCodingException e) {
            throw new ContractFormatException("line " + lineOfFirstInvalidByte(document), "the text is not valid UTF-8");
        }
    }

    private static int lineOfFirstInvalidByte(byte[] document) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= document.length; i++) {
            if (i == document.length || document[i] == '\n') {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(document, lineStart, i - lineStart));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return line;
    }

    private static void checkCharacters(String line, int number) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                throw new ContractFormatException("line " + number, "the text holds control character U+" + String.format("%04X", (int) c)
                        + "; is this a binary file?");
            }
        }
    }
}
