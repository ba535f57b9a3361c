package dev.ismsdecider.mapping.build;

import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.MappingDocument;
import dev.ismsdecider.mapping.MappingJson;
import dev.ismsdecider.mapping.StandardIds;
import dev.ismsdecider.mapping.export.OscalExport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The repeatable step that turns the sources into the checked-in mapping: derives the pairs, the coverage and the
 * notes from {@code mapping/sources/} and {@code mapping/standard-ids/} (read from the classpath, so run it after
 * {@code compile}), and writes the mapping and its OSCAL export. {@code MappingGeneratorTests} regenerates both and
 * fails when the checked-in files differ. Run (see docs/mapping.md):
 * <pre>./mvnw -B -q compile exec:java -Dexec.mainClass=dev.ismsdecider.mapping.build.MappingGenerator</pre>
 */
public final class MappingGenerator {

    /** Where the generated files live in the source tree. */
    static final Path DEFAULT_DIRECTORY = Path.of("src/main/resources/mapping");
    public static final String OSCAL_FILE = "iec62443-iso27001.oscal.json";

    private MappingGenerator() {
    }

    /** Writes the generated files into the folder given as the only argument, by default {@code src/main/resources/mapping}. */
    public static void main(String[] args) throws IOException {
        Path directory = args.length > 0 ? Path.of(args[0]) : DEFAULT_DIRECTORY;
        Files.createDirectories(directory);
        for (Map.Entry<String, String> file : generate().entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + target);
        }
    }

    /** The generated files by name, derived from the packaged sources. */
    static Map<String, String> generate() {
        MappingDocument document = MappingDerivation.derive(MappingSources.packaged(), StandardIds.packaged());
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ControlMapping.FILE, MappingJson.write(document));
        files.put(OSCAL_FILE, MappingJson.write(OscalExport.of(document.pairs(), document.coverage(), document.version())));
        return files;
    }
}
