package dev.ismsdecider.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ismsdecider.evaluation.RuleFile;
import dev.ismsdecider.evaluation.RuleSetSource;
import dev.ismsdecider.profile.FactsReader;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Putting changes together into one patch, and mapping pointers of the patched tree back to the input. */
class PatchesTests {

    private static final JsonNode INPUT = FactsReader.parse("""
            {"scope": {"domains": ["PLANT_OT", "CORPORATE_IT", "CLOUD_SAAS", "RND_DATA"]},
             "externalExpectations": [{"party": "A", "expects": "NONE"}, {"party": "B", "expects": "NONE"}]}
            """);

    private static Change change(PatchOp... ops) {
        return new Change("test", Lever.ACTIONABLE, "", List.of(ops));
    }

    @Test
    void removalsOfOneListAndChangesInsideItApplyAsEachMeantThem() {
        Change removeFirst = change(PatchOp.remove("/scope/domains/1", INPUT.at("/scope/domains/1")));
        Change removeLast = change(PatchOp.remove("/scope/domains/3", INPUT.at("/scope/domains/3")));
        Change append = change(PatchOp.add("/scope/domains/-", TextNode.valueOf("SAFETY_SYSTEMS")));
        Change removeParty = change(PatchOp.remove("/externalExpectations/0", INPUT.at("/externalExpectations/0")));
        Change changeSecond = change(PatchOp.replace("/externalExpectations/1/expects", TextNode.valueOf("NONE"), TextNode.valueOf("IEC_62443")));
        Change missingParent = change(PatchOp.add("/governance/needsSingleAuditableSystem", com.fasterxml.jackson.databind.node.BooleanNode.FALSE));
        Change missingSibling = change(PatchOp.add("/governance/managementSystem/internalAudit", com.fasterxml.jackson.databind.node.BooleanNode.TRUE));

        List<PatchOp> patch = Patches.compose(INPUT, List.of(removeFirst, removeLast, append, removeParty, changeSecond, missingParent, missingSibling));
        JsonNode patched = Patches.apply(INPUT, patch);

        assertThat(patched.at("/scope/domains").toString()).isEqualTo("[\"PLANT_OT\",\"CLOUD_SAAS\",\"SAFETY_SYSTEMS\"]");
        assertThat(patched.at("/externalExpectations").toString()).isEqualTo("[{\"party\":\"B\",\"expects\":\"IEC_62443\"}]");
        assertThat(patched.at("/governance")).isEqualTo(FactsReader.parse("{\"needsSingleAuditableSystem\":false,\"managementSystem\":{\"internalAudit\":true}}"));
        assertThat(Patches.toInput("/scope/domains/1", patch)).isEqualTo("/scope/domains/2");
        assertThat(Patches.toInput("/externalExpectations/0/expects", patch)).isEqualTo("/externalExpectations/1/expects");
        assertThat(INPUT.at("/scope/domains")).hasSize(4); // the input is never changed
    }

    @Test
    void changesOfOneFactConflictAndAppendsDoNot() {
        Change setExpects = change(PatchOp.replace("/externalExpectations/1/expects", TextNode.valueOf("NONE"), TextNode.valueOf("IEC_62443")));
        Change removeEntry = change(PatchOp.remove("/externalExpectations/1", INPUT.at("/externalExpectations/1")));
        Change removeOther = change(PatchOp.remove("/externalExpectations/0", INPUT.at("/externalExpectations/0")));
        Change append = change(PatchOp.add("/scope/domains/-", TextNode.valueOf("SAFETY_SYSTEMS")));
        Change appendAnother = change(PatchOp.add("/scope/domains/-", TextNode.valueOf("RND_DATA")));
        Change forgetDomains = change(PatchOp.remove("/scope/domains", INPUT.at("/scope/domains")));

        assertThat(Patches.conflict(setExpects, removeEntry)).isTrue();
        assertThat(Patches.conflict(setExpects, removeOther)).isFalse();
        assertThat(Patches.conflict(append, appendAnother)).isFalse();
        assertThat(Patches.conflict(append, forgetDomains)).isTrue();
    }

    @Test
    void thresholdsAreReadFromTheRules() {
        RuleSetSource rules = new RuleSetSource("test", "1", List.of(new RuleFile("t.drl", "rule \"x\" when Ot( oldestAssetAgeYears >= 42 ) then end")));

        assertThat(Thresholds.of(rules).candidates("oldestAssetAgeYears")).containsExactly(41, 42, 43);
        assertThat(Thresholds.of(rules).candidates("other")).isEmpty();
    }
}
