package dev.ismsdecider.evaluation;

import dev.ismsdecider.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Loading the rule set: what is packaged, how it is identified, and how a broken rule is reported. */
class RuleSetTests {

    private static final Path RULES = Path.of("rules");

    /** The rules folder copied into {@code target}, sub-folders (the clause vocabulary) included, for a test to change. */
    static Path copyOfRules(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(RULES.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    @Test
    void theIndexListsEveryDrlFileOfTheRulesFolder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(RULES)) {
            onDisk = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".drl")).sorted().toList();
        }
        List<String> listed = RuleSetSource.fromDirectory(RULES).files().stream().map(RuleFile::name)
                .filter(n -> n.endsWith(".drl")).sorted().toList();

        assertThat(listed).isEqualTo(onDisk).hasSize(9);
    }

    @Test
    void thePackagedRuleSetIsTheRulesFolder() {
        RuleSetSource packaged = RuleSetSource.packaged();
        RuleSetSource folder = RuleSetSource.fromDirectory(RULES);

        assertThat(packaged.sha256()).isEqualTo(folder.sha256()).matches("[0-9a-f]{64}");
        assertThat(TestEngine.engine().ruleSet().sha256()).isEqualTo(folder.sha256());
        assertThat(TestEngine.engine().ruleSet().version()).isEqualTo(folder.version());
    }

    @Test
    void theDigestChangesWithAnyEdit() {
        RuleSetSource source = RuleSetSource.fromDirectory(RULES);
        List<RuleFile> edited = source.files().stream()
                .map(f -> f.name().equals("pa.drl") ? new RuleFile(f.name(), f.content() + " ") : f).toList();

        assertThat(new RuleSetSource(source.origin(), source.version(), edited).sha256()).isNotEqualTo(source.sha256());
    }

    @Test
    void everyRuleIsListedWithItsFileAndCriterion() {
        assertThat(TestEngine.engine().ruleSet().rules()).allSatisfy(rule -> {
            assertThat(rule.file()).endsWith(".drl");
            assertThat(rule.criterion()).matches("(NR|CO|BF|EV|PA|SC|VD)-\\d");
        });
        assertThat(TestEngine.engine().ruleSet().rulesFor("NR-4")).extracting(RuleSetInfo.RuleInfo::name)
                .contains("SingleAuditableSystemNeeded");
    }

    @Test
    void aCompileErrorNamesFileLineAndReason(@TempDir Path folder) throws IOException {
        copyOfRules(folder);
        Path co = folder.resolve("co.drl");
        List<String> lines = Files.readAllLines(co);
        int broken = lines.indexOf("    $ot : OtFootprint( presence == Presence.PRESENT )") + 1;
        lines.set(broken - 1, "    $ot : OtFootprint( presense == Presence.PRESENT )");
        Files.write(co, lines);

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> DecisionEngine.fromDirectory(folder));

        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.file()).isEqualTo(co.toString()));
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.line()).isEqualTo(broken);
            assertThat(p.message()).contains("presense");
        });
        assertThat(e.getMessage()).contains("co.drl:" + broken);
    }

    @Test
    void aRuleWithoutCriterionIsRefused(@TempDir Path folder) throws IOException {
        copyOfRules(folder);
        Path ev = folder.resolve("ev.drl");
        Files.writeString(ev, Files.readString(ev).replace("    @criterion(\"EV-2\")\n", ""));

        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, () -> DecisionEngine.fromDirectory(folder));

        assertThat(e).hasMessageContaining("MaintainControlMapping").hasMessageContaining("criterion");
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path folder) throws IOException {
        copyOfRules(folder);
        Files.delete(folder.resolve("bf.drl"));

        RuleSetException e = catchThrowableOfType(RuleSetException.class, () -> RuleSetSource.fromDirectory(folder));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(folder.resolve("bf.drl").toString());
            assertThat(p.message()).contains("not found");
        });
    }

    @Test
    void sessionsAreAlwaysDisposed() {
        TestEngine.evaluate(dev.ismsdecider.ProfileFixture.OT_ONLY);

        assertThat(TestEngine.engine().openSessions()).isZero();
    }
}
