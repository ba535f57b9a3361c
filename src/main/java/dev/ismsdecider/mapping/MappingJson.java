package dev.ismsdecider.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.ismsdecider.profile.StrictJson;

import java.io.IOException;

/**
 * JSON for the mapping data: read strictly (the project's one configuration), written in one stable layout so that a
 * regenerated file compares byte for byte: two-space indent, one value per line, {@code \n}, a final newline.
 */
public final class MappingJson {

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    private static final ObjectWriter WRITER = StrictJson.mapper()
            .writer(new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));

    private MappingJson() {
    }

    public static String write(Object value) {
        try {
            return WRITER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write mapping data as JSON", e);
        }
    }

    /** Reads a packaged file under {@code mapping/}. */
    static <T> T read(String path, Class<T> type) {
        try {
            return StrictJson.mapper().readValue(Resources.bytes(path), type);
        } catch (IOException e) {
            throw new IllegalStateException("the packaged file mapping/" + path + " cannot be read: " + e.getMessage(), e);
        }
    }
}
