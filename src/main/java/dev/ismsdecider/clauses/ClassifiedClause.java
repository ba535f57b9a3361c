package dev.ismsdecider.clauses;

import dev.ismsdecider.facts.ExpectationKind;
import dev.ismsdecider.facts.OrganizationProfile.ContractClause;
import dev.ismsdecider.knowledge.Evidence;
import dev.ismsdecider.knowledge.Expectation;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Rule fact: one finding of the clause at {@code index} of the profile's {@code contractClauses}. The NR-1
 * rules turn it into the party's {@link Expectation}, cited by the clause's own words and their span.
 */
public record ClassifiedClause(int index, ContractClause clause, ClauseFinding finding) {

    /** JSON pointer of the clause text that the finding's span indexes. */
    public String path() {
        return "/contractClauses/" + index + "/text";
    }

    /** The clause's id, or its position when it has none: "MSA-14.2" or "#3". */
    public String label() {
        return label(index, clause);
    }

    static String label(int index, ContractClause clause) {
        return clause.id() != null && !clause.id().isBlank() ? clause.id() : "#" + index;
    }

    /** True when the finding binds the organisation to ISO 27001 or an ISMS (it triggers NR-1). */
    public boolean bindsToIso27001() {
        return finding.triggers().contains("NR-1");
    }

    /** The words that say so: the clause text at the finding's span. */
    public Evidence evidence() {
        return new Evidence(path(), finding.matched(), finding.span());
    }

    /**
     * What the clause expects, as an entry of {@code externalExpectations} would say it: the finding's kind
     * when it binds; "ISO 27001 or equivalent, IEC 62443 accepted in writing" when the clause itself accepts
     * IEC 62443; nothing when it is negated; otherwise the kind it names.
     */
    public Expectation expectation() {
        ExpectationKind expects = finding.negated() ? ExpectationKind.NONE : finding.kind();
        Boolean acceptedInWriting = null;
        if (!finding.negated() && finding.acceptsIec62443() && expects != ExpectationKind.IEC_62443) {
            expects = ExpectationKind.ISO_27001_OR_EQUIVALENT;
            acceptedInWriting = true;
        }
        return new Expectation(clause.party(), clause.partyKind(), expects, acceptedInWriting, "clause " + label(), evidence());
    }

    /** " None of the 3 contract clauses read does either." for the clauses read, or "" when there are none. */
    public static String noneBinds(List<ClassifiedClause> clauses) {
        long count = clauses.stream().mapToInt(ClassifiedClause::index).distinct().count();
        return count == 0 ? "" : count == 1 ? " The one contract clause read does not either."
                : " None of the " + count + " contract clauses read does either.";
    }

    /** The given evidence followed by the words of each clause finding, in clause and text order. */
    public static List<Evidence> evidenceWith(Evidence first, List<ClassifiedClause> clauses) {
        return Stream.concat(Stream.of(first), clauses.stream()
                        .sorted(Comparator.comparingInt(ClassifiedClause::index)
                                .thenComparingInt(c -> c.finding().span() == null ? -1 : c.finding().span().start()))
                        .map(ClassifiedClause::evidence))
                .toList();
    }
}
