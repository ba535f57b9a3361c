package dev.ismsdecider.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ismsdecider.Examples;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader checks and binds a profile in one walk of the tree; what it binds must be exactly what
 * Jackson's own binding of the same tree gives, for the examples and for thinned-out variants of them.
 */
class RecordShapeTests {

    private static final List<ObjectNode> EXAMPLES = examples();

    @Test
    void everyExampleBindsAsJacksonBindsIt() throws IOException {
        assertThat(EXAMPLES).hasSizeGreaterThan(5);
        for (ObjectNode example : EXAMPLES) {
            assertThat(FactsReader.toProfile(example)).isEqualTo(jackson(example));
        }
    }

    @Test
    void listsBindAsModifiableArrayLists() {
        OrganizationProfile profile = FactsReader.read("{ \"scope\": { \"domains\": [\"PLANT_OT\"] }, \"contractClauses\": [] }");

        assertThat(profile.scope().domains()).isInstanceOf(ArrayList.class).containsExactly(Domain.PLANT_OT);
        assertThat(profile.contractClauses()).isInstanceOf(ArrayList.class).isEmpty();
        assertThat(profile.scope().systems()).isNull();
    }

    @Provide
    Arbitrary<ObjectNode> thinnedExamples() {
        return Arbitraries.longs().map(seed -> {
            Random random = new Random(seed);
            ObjectNode tree = EXAMPLES.get(random.nextInt(EXAMPLES.size())).deepCopy();
            thin(tree, random);
            return tree;
        });
    }

    @Property(tries = 300)
    void thinnedProfilesBindAsJacksonBindsThem(@ForAll("thinnedExamples") ObjectNode tree) throws IOException {
        OrganizationProfile expected = jackson(tree);
        OrganizationProfile bound;
        try {
            bound = FactsReader.toProfile(tree);
        } catch (InvalidFactsException contradiction) {
            // thinning may leave facts that contradict each other; those are refused after binding
            assertThat(contradiction.malformed()).isFalse();
            assertThat(ProfileConsistency.check(expected)).isNotEmpty();
            return;
        }
        assertThat(bound).as("%s", tree).isEqualTo(expected);
    }

    /** Drops or nulls properties and list entries at random, keeping the tree valid. */
    private static void thin(JsonNode node, Random random) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                switch (random.nextInt(6)) {
                    case 0 -> object.remove(name);
                    case 1 -> object.putNull(name);
                    default -> thin(object.get(name), random);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> entries = array.elements(); entries.hasNext(); ) {
                JsonNode entry = entries.next();
                if (random.nextInt(4) == 0) {
                    entries.remove();
                } else {
                    thin(entry, random);
                }
            }
        }
    }

    private static OrganizationProfile jackson(JsonNode tree) throws IOException {
        return StrictJson.mapper().treeToValue(tree, OrganizationProfile.class);
    }

    private static List<ObjectNode> examples() {
        return Examples.inputs().stream().map(f -> (ObjectNode) FactsReader.parse(Examples.bytes(f))).toList();
    }
}
