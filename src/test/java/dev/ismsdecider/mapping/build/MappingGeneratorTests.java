package dev.ismsdecider.mapping.build;

import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.MappingDocument;
import dev.ismsdecider.mapping.Resources;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The checked-in mapping is exactly what the generator derives from the checked-in sources. */
class MappingGeneratorTests {

    @Test
    void regeneratingGivesTheCheckedInFiles() throws IOException {
        Map<String, String> generated = MappingGenerator.generate();

        assertThat(generated).containsOnlyKeys(ControlMapping.FILE, MappingGenerator.OSCAL_FILE);
        for (Map.Entry<String, String> file : generated.entrySet()) {
            Path checkedIn = MappingGenerator.DEFAULT_DIRECTORY.resolve(file.getKey());
            assertThat(Files.readString(checkedIn))
                    .as("%s is stale: regenerate it as docs/mapping.md says", checkedIn)
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theMappingRecordsTheDigestOfEachSourceFile() {
        for (MappingDocument.SourceFile source : ControlMapping.packaged().document().sources()) {
            assertThat(source.sha256()).isEqualTo(Resources.sha256(source.path()));
        }
        assertThat(ControlMapping.packaged().document().sources()).hasSize(5);
    }

    @Test
    void theGeneratorWritesIntoTheFolderItIsGiven() throws IOException {
        Path folder = Files.createTempDirectory("mapping");
        MappingGenerator.main(new String[] {folder.toString()});

        assertThat(Files.readString(folder.resolve(ControlMapping.FILE)))
                .isEqualTo(Files.readString(MappingGenerator.DEFAULT_DIRECTORY.resolve(ControlMapping.FILE)));
        assertThat(folder.resolve(MappingGenerator.OSCAL_FILE)).exists();
    }
}
