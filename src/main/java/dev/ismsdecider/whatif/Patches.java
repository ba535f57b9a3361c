package dev.ismsdecider.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.flipkart.zjsonpatch.JsonPatch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts the operations of several changes together into one RFC 6902 patch on the input, and applies it.
 * The order is what makes the operations independent of each other: first the parent objects a change
 * needs that the input lacks (once each, outermost first), then every add and replace, and last the
 * removals of list entries, highest index first, so that no operation moves an entry another one names.
 */
final class Patches {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Patches() {
    }

    /** The patch for a set of changes, in the order in which it applies. */
    static List<PatchOp> compose(JsonNode input, Collection<Change> changes) {
        Set<String> parents = new TreeSet<>(Comparator.comparingInt(Patches::depth).thenComparing(Comparator.naturalOrder()));
        List<PatchOp> leaves = new ArrayList<>();
        List<PatchOp> removals = new ArrayList<>();
        for (Change change : changes) {
            for (PatchOp op : change.ops()) {
                if (!op.op().equals("remove")) {
                    missingParents(input, op.path(), parents);
                    leaves.add(op);
                } else if (isListEntry(op.path())) {
                    removals.add(op);
                } else {
                    leaves.add(op);
                }
            }
        }
        removals.sort(Comparator.comparing(Patches::parent).thenComparing(op -> -lastIndex(op.path())));
        List<PatchOp> patch = new ArrayList<>();
        parents.forEach(path -> patch.add(PatchOp.add(path, JsonNodeFactory.instance.objectNode())));
        patch.addAll(leaves);
        patch.addAll(removals);
        return patch;
    }

    /** The input with the patch applied (a new tree: the input is never changed). */
    static JsonNode apply(JsonNode input, List<PatchOp> patch) {
        return JsonPatch.apply(JSON.valueToTree(patch), input);
    }

    /**
     * Whether two changes cannot go into one patch: they touch the same fact, or one of them a part of the
     * other's (appends to the same list and removals of different entries of it do go together).
     */
    static boolean conflict(Change a, Change b) {
        for (PatchOp x : a.ops()) {
            for (PatchOp y : b.ops()) {
                if (x.appends() && y.appends()) {
                    continue;
                }
                String p = strip(x.path());
                String q = strip(y.path());
                if (x.appends() || y.appends()) {
                    // an append touches the list, not the entries already in it
                    String list = x.appends() ? p : q;
                    String other = x.appends() ? q : p;
                    if (other.equals(list) || list.startsWith(other + "/")) {
                        return true;
                    }
                    continue;
                }
                if (p.equals(q) || p.startsWith(q + "/") || q.startsWith(p + "/")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Maps a pointer into the patched tree back to the input: list entries after a removed one moved up by
     * one, so their indices go back down. Pointers to entries the patch added map past the input's end.
     */
    static String toInput(String pointer, List<PatchOp> patch) {
        Map<String, List<Integer>> removed = new TreeMap<>();
        for (PatchOp op : patch) {
            if (op.op().equals("remove") && isListEntry(op.path())) {
                removed.computeIfAbsent(parent(op), k -> new ArrayList<>()).add(lastIndex(op.path()));
            }
        }
        String mapped = pointer;
        for (Map.Entry<String, List<Integer>> list : removed.entrySet()) {
            String prefix = list.getKey() + "/";
            if (!mapped.startsWith(prefix)) {
                continue;
            }
            String rest = mapped.substring(prefix.length());
            int slash = rest.indexOf('/');
            String head = slash < 0 ? rest : rest.substring(0, slash);
            if (!head.chars().allMatch(Character::isDigit) || head.isEmpty()) {
                continue;
            }
            int index = Integer.parseInt(head);
            List<Integer> indices = new ArrayList<>(list.getValue());
            indices.sort(null);
            for (int i : indices) {
                if (index >= i) {
                    index++;
                }
            }
            mapped = prefix + index + (slash < 0 ? "" : rest.substring(slash));
        }
        return mapped;
    }

    private static void missingParents(JsonNode input, String path, Set<String> parents) {
        List<String> chain = new ArrayList<>();
        String parent = parentOf(path);
        while (!parent.isEmpty() && input.at(parent).isMissingNode()) {
            chain.add(parent);
            parent = parentOf(parent);
        }
        parents.addAll(new LinkedHashSet<>(chain));
    }

    private static boolean isListEntry(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.isEmpty() && last.chars().allMatch(Character::isDigit);
    }

    private static int lastIndex(String path) {
        return Integer.parseInt(path.substring(path.lastIndexOf('/') + 1));
    }

    private static String parent(PatchOp op) {
        return parentOf(op.path());
    }

    private static String parentOf(String path) {
        return path.substring(0, path.lastIndexOf('/'));
    }

    private static String strip(String path) {
        return path.endsWith("/-") ? path.substring(0, path.length() - 2) : path;
    }

    private static int depth(String path) {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
