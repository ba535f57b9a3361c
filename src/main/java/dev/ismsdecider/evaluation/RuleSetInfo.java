package dev.ismsdecider.evaluation;

import dev.ismsdecider.evaluation.kie.CompiledRules;

import java.util.Comparator;
import java.util.List;

/** The loaded rule set as users see it: version, SHA-256, and each rule with its criterion. */
public record RuleSetInfo(String version, String sha256, List<RuleInfo> rules) {

    /** One rule: its name, the criterion it implements, and the file it lives in. */
    public record RuleInfo(String name, String criterion, String file) {
    }

    static RuleSetInfo of(RuleSetSource source, List<CompiledRules.NamedRule> compiled) {
        List<RuleInfo> rules = compiled.stream()
                .map(r -> new RuleInfo(r.name(), r.criterion(), fileOf(source, r.name())))
                .sorted(Comparator.comparing(RuleInfo::file).thenComparing(RuleInfo::name))
                .toList();
        return new RuleSetInfo(source.version(), source.sha256(), rules);
    }

    private static String fileOf(RuleSetSource source, String ruleName) {
        String declaration = "rule \"" + ruleName + "\"";
        return source.files().stream().filter(f -> f.content().contains(declaration)).map(RuleFile::name)
                .findFirst().orElse("");
    }

    /** The rules implementing one criterion. */
    public List<RuleInfo> rulesFor(String criterion) {
        return rules.stream().filter(r -> r.criterion().equals(criterion)).toList();
    }
}
