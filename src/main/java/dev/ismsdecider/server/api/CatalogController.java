package dev.ismsdecider.server.api;

import dev.ismsdecider.server.reload.LiveRuleSet;
import dev.ismsdecider.evaluation.RuleSetInfo;
import dev.ismsdecider.evaluation.Criterion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** The knowledge behind every answer: the criterion catalog and the loaded rule set. */
@RestController
@Tag(name = "Knowledge", description = "The criteria and the rules that decide")
final class CatalogController {

    private final LiveRuleSet live;

    CatalogController(LiveRuleSet live) {
        this.live = live;
    }

    /** One criterion of the catalog with the rules of the loaded rule set that implement it. */
    record CriterionEntry(
            @Schema(description = "stable ID, as findings, actions and the trace name it", example = "NR-1") String id,
            @Schema(description = "short title") String title,
            @Schema(description = "criterion family (the ID's prefix)") Criterion.Family family,
            @Schema(description = "section of the source analysis the criterion encodes") String sourceSection,
            @Schema(description = "rules of the loaded rule set that implement the criterion") List<RuleRef> rules) {
    }

    /** A rule by name and file. */
    record RuleRef(@Schema(description = "rule name") String name, @Schema(description = "DRL file of the rule set") String file) {
    }

    @Operation(summary = "The criterion catalog",
            description = "Every criterion with its ID, title, family, source section and the rules of the loaded rule set that implement it.")
    @GetMapping(path = "/api/v1/criteria", produces = MediaType.APPLICATION_JSON_VALUE)
    List<CriterionEntry> criteria() {
        RuleSetInfo ruleSet = live.engine().ruleSet();
        return Arrays.stream(Criterion.values())
                .map(c -> new CriterionEntry(c.id(), c.title(), c.family(), c.sourceSection(),
                        ruleSet.rulesFor(c.id()).stream().map(r -> new RuleRef(r.name(), r.file())).toList()))
                .toList();
    }

    @Operation(summary = "The loaded rule set",
            description = "Version and SHA-256 of the rule set that produces every assessment (as in an assessment's ruleSet), "
                    + "and each rule with its criterion and file.")
    @GetMapping(path = "/api/v1/ruleset", produces = MediaType.APPLICATION_JSON_VALUE)
    RuleSetInfo ruleSet() {
        return live.engine().ruleSet();
    }
}
