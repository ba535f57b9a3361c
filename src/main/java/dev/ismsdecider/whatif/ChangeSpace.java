package dev.ismsdecider.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ismsdecider.profile.ContractFields;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.OrganizationProfile;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import dev.ismsdecider.profile.OrganizationProfile.ExternalExpectation;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every single change of the facts worth evaluating, worked out from the record types of contract v1 (so a
 * field added there is tried too): each boolean and enum set to each other value or made unknown, each
 * enum list entry removed and each missing value added, each integer set next to the thresholds the rules
 * compare it with, each list entry removed, an unknown list stated empty or with one entry of each kind,
 * each expectation's {@code expects} and written acceptance, and each contract clause removed or its text
 * read three ways (binding to ISO 27001, accepting IEC 62443 in its place, and binding to nothing).
 * Free-text fields other than clause texts (names, references) do not enter any rule and are left alone, and
 * so is a clause's role: what a clause is follows from its words, and the words are what is tried.
 */
final class ChangeSpace {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Clause texts for the three readings; the clause reader and the reading rules read them, as they read the user's. */
    static final String CLAUSE_BINDING = "Supplier shall maintain a valid ISO/IEC 27001 certificate.";
    static final String CLAUSE_ACCEPTS_IEC_62443 =
            "Supplier shall maintain a valid ISO/IEC 27001 certificate or demonstrate conformance with IEC 62443-2-1.";
    static final String CLAUSE_NEUTRAL = "The parties will meet once a year to discuss the services.";

    private final Thresholds thresholds;
    private final Levers levers;

    ChangeSpace(Thresholds thresholds, Levers levers) {
        this.thresholds = thresholds;
        this.levers = levers;
    }

    /**
     * The single changes of {@code tree} (a valid profile). For list entries named in {@code questionPaths}
     * (an open question on one entry, e.g. a system listed as OTHER) each other value is tried in its place too.
     */
    List<Change> enumerate(JsonNode tree, Set<String> questionPaths) {
        List<Change> out = new ArrayList<>();
        record(OrganizationProfile.class, tree, "", questionPaths, out);
        return out;
    }

    private void record(Class<?> type, JsonNode node, String pointer, Set<String> questions, List<Change> out) {
        for (RecordComponent component : ContractFields.of(type)) {
            String name = component.getName();
            if (type == ContractClause.class && name.equals("role")) {
                continue; // what a clause is follows from its words, and the words are what is tried
            }
            String path = pointer + "/" + name;
            JsonNode value = present(node == null ? null : node.get(name));
            Class<?> raw = component.getType();
            if (raw == Boolean.class) {
                for (boolean b : new boolean[]{true, false}) {
                    if (value == null || value.asBoolean() != b) {
                        out.add(set(path, value, BooleanNode.valueOf(b)));
                    }
                }
                unknown(path, value, out);
            } else if (raw.isEnum()) {
                for (Object constant : raw.getEnumConstants()) {
                    String text = ((Enum<?>) constant).name();
                    if (value == null || !value.asText().equals(text)) {
                        out.add(set(path, value, TextNode.valueOf(text)));
                    }
                }
                unknown(path, value, out);
            } else if (raw == Integer.class) {
                for (int candidate : thresholds.candidates(name)) {
                    if (value == null || value.asInt() != candidate) {
                        out.add(set(path, value, IntNode.valueOf(candidate)));
                    }
                }
                unknown(path, value, out);
            } else if (raw == String.class) {
                if (type == ContractClause.class && name.equals("text")) {
                    clauseReadings(path, value, out);
                }
            } else if (raw == List.class) {
                list(elementType(component), value, path, questions, out);
            } else if (raw.isRecord()) {
                record(raw, value != null && value.isObject() ? value : null, path, questions, out);
            }
        }
    }

    private void list(Class<?> element, JsonNode value, String path, Set<String> questions, List<Change> out) {
        if (element == String.class) {
            return; // free text (regulatory regime names): no rule reads the words
        }
        if (value == null) {
            out.add(change("state that there are none", path, List.of(PatchOp.add(path, NODES.arrayNode()))));
            if (element.isEnum()) {
                for (Object constant : element.getEnumConstants()) {
                    out.add(set(path, null, NODES.arrayNode().add(((Enum<?>) constant).name())));
                }
            } else {
                for (ObjectNode template : templates(element)) {
                    out.add(change("state one entry", path + "/-", List.of(PatchOp.add(path, NODES.arrayNode().add(template)))));
                }
            }
            return;
        }
        if (!value.isArray()) {
            return;
        }
        Set<String> listed = new HashSet<>();
        for (int i = 0; i < value.size(); i++) {
            String entry = path + "/" + i;
            out.add(change("remove the entry", entry, List.of(PatchOp.remove(entry, value.get(i)))));
            if (element.isEnum()) {
                listed.add(value.get(i).asText());
            } else if (element.isRecord()) {
                record(element, value.get(i), entry, questions, out);
            }
        }
        if (element.isEnum()) {
            for (Object constant : element.getEnumConstants()) {
                String text = ((Enum<?>) constant).name();
                if (!listed.contains(text)) {
                    out.add(change("add " + text, path, List.of(PatchOp.add(path + "/-", TextNode.valueOf(text)))));
                    for (int i = 0; i < value.size(); i++) {
                        String entry = path + "/" + i;
                        if (questions.contains(entry)) {
                            out.add(set(entry, value.get(i), TextNode.valueOf(text)));
                        }
                    }
                }
            }
        } else {
            for (ObjectNode template : templates(element)) {
                out.add(change("add an entry", path + "/-", List.of(PatchOp.add(path + "/-", template))));
            }
        }
        unknown(path, value, out);
    }

    /** New list entries worth trying: a party with each kind of expectation, and a clause binding to ISO 27001. */
    private static List<ObjectNode> templates(Class<?> element) {
        List<ObjectNode> templates = new ArrayList<>();
        if (element == ExternalExpectation.class) {
            for (ExpectationKind kind : ExpectationKind.values()) {
                templates.add(NODES.objectNode().put("party", "A new customer").put("partyKind", "CUSTOMER").put("expects", kind.name()));
            }
        } else if (element == ContractClause.class) {
            templates.add(NODES.objectNode().put("id", "WHAT-IF").put("party", "A new customer").put("partyKind", "CUSTOMER")
                    .put("text", CLAUSE_BINDING));
        }
        return templates;
    }

    private void clauseReadings(String path, JsonNode value, List<Change> out) {
        String[][] readings = {{CLAUSE_BINDING, "a clause binding to ISO 27001"},
                {CLAUSE_ACCEPTS_IEC_62443, "a clause accepting IEC 62443 in place of ISO 27001"},
                {CLAUSE_NEUTRAL, "a clause that binds to no security standard"}};
        for (String[] reading : readings) {
            if (value == null || !value.asText().equals(reading[0])) {
                out.add(change("read as " + reading[1], path, List.of(PatchOp.set(path, value, TextNode.valueOf(reading[0])))));
            }
        }
    }

    private void unknown(String path, JsonNode value, List<Change> out) {
        if (value != null) {
            out.add(change("make it unknown", path, List.of(PatchOp.remove(path, value))));
        }
    }

    private Change set(String path, JsonNode old, JsonNode value) {
        return change("set to " + value, path, List.of(PatchOp.set(path, old, value)));
    }

    private Change change(String description, String leverPath, List<PatchOp> ops) {
        Levers.Entry lever = levers.of(leverPath);
        return new Change(description, lever.lever(), lever.reason(), ops);
    }

    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    private static Class<?> elementType(RecordComponent component) {
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
