package dev.ismsdecider.whatif;

import java.util.List;

/**
 * One change of the facts, as the RFC 6902 operations that make it: usually one, more where a change
 * contradicts other facts unless they go too (saying there is no OT removes the OT domains, assets and
 * interfaces from the input, which would otherwise contradict it).
 *
 * @param description what the change says, in words
 * @param lever       whether the organisation can act on it
 * @param leverReason what acting on it means, or what situation it describes
 * @param ops         the operations on the input, leaves only (missing parent objects are added when a
 *                    patch is put together, once for all the changes of a set)
 */
public record Change(String description, Lever lever, String leverReason, List<PatchOp> ops) {

    public Change {
        ops = List.copyOf(ops);
    }

    /** The pointer the change is about: that of its first operation. */
    public String path() {
        return ops.get(0).path();
    }
}
