package dev.ismsdecider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example profiles of {@code facts-examples/} as the folder holds them when the tests run. */
public final class Examples {

    public static final Path FOLDER = Path.of("facts-examples");

    private Examples() {
    }

    /** Every input example; {@code *.expected.json} files are expected outputs, not inputs. */
    public static List<Path> inputs() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> inputs = files
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .filter(f -> !f.getFileName().toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
            assertThat(inputs).as("example profiles in %s", FOLDER.toAbsolutePath()).isNotEmpty();
            return inputs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One example per verdict, for the doors (REST, packaged server, launcher): they pass the engine's assessment
     * through, which the golden suite checks for every example; a door is shown by a few.
     */
    public static List<Path> onePerVerdict() {
        return Stream.of("pharma-brownfield", "regulated-ot-only-site", "saas-company-no-ot", "unknowns")
                .map(name -> FOLDER.resolve(name + ".json")).toList();
    }

    /** The expected assessment kept beside an input example: {@code NAME.expected.json} for {@code NAME.json}. */
    public static Path expectedOf(Path example) {
        return example.resolveSibling(example.getFileName().toString().replace(".json", ".expected.json"));
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
