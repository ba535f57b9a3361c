package dev.ismsdecider.evaluation;

/** One DRL file of the rule set: its name in the rules folder and its text. */
public record RuleFile(String name, String content) {
}
