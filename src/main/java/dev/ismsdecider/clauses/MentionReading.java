package dev.ismsdecider.clauses;

import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.evaluation.facts.Evidence;
import dev.ismsdecider.evaluation.facts.Traced;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rule fact: how the rules read one mention of a clause: the kind of assurance it names, whether it binds
 * the organisation, and one sentence a contract manager can check against the clause text.
 */
public record MentionReading(ClauseMention mention, ExpectationKind kind, Reading reading, String explanation)
        implements Traced {

    private static final List<String> NR_1 = List.of("NR-1");

    /** The words that say so: the clause text at the mention's span. */
    public Evidence evidence() {
        return new Evidence(mention.path(), mention.matched(), mention.span());
    }

    /** The finding of contract v1 for this mention. */
    public ClauseFinding finding() {
        ClauseMention m = mention;
        boolean negated = m.duty().negation() != null;
        boolean accepts = (m.named().iecAccepted() || m.named().alternative() == Alternative.IEC_62443) && m.named().acceptedFor() == null;
        return new ClauseFinding(m.clause().id(), m.clause().party(), kind, negated, accepts, m.named().iec62443Part(),
                m.named().securityLevel(), reading == Reading.BINDING ? NR_1 : List.of(), m.span(), m.matched(), reading,
                m.duty().modality(), obligedParty(), m.condition(), explanation);
    }

    /** Who the sentence obliges; NOBODY for a sentence that states, defines or allows rather than obliges. */
    private ObligedParty obligedParty() {
        boolean obliges = mention.duty().modality() == null || mention.duty().modality() == Modality.OBLIGATION && !mention.duty().definition();
        return obliges ? mention.duty().subject() : ObligedParty.NOBODY;
    }

    @Override
    public List<String> paths() {
        return List.of(mention.path());
    }

    @Override
    public String summary() {
        return "Clause " + mention.label() + ": " + reading + " (" + kind + ")";
    }

    /** " None of the 3 contract clauses read does either." for the clauses read, or "" when there are none. */
    public static String noneBinds(List<MentionReading> readings) {
        long count = readings.stream().mapToInt(r -> r.mention().index()).distinct().count();
        return count == 0 ? "" : count == 1 ? " The one contract clause read does not either."
                : " None of the " + count + " contract clauses read does either.";
    }

    /** The given evidence followed by the words of each reading, in clause and text order. */
    public static List<Evidence> evidenceWith(Evidence first, List<MentionReading> readings) {
        return Stream.concat(Stream.of(first), readings.stream().sorted(IN_TEXT_ORDER).map(MentionReading::evidence)).toList();
    }

    /** Clause order, then text order. */
    public static final Comparator<MentionReading> IN_TEXT_ORDER = Comparator
            .comparingInt((MentionReading r) -> r.mention().index())
            .thenComparingInt(r -> r.mention().mention());
}
