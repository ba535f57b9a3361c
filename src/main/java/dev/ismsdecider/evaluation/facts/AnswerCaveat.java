package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.evaluation.Criterion;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** Concluded: the answer names this caveat (PA-2: a relying answer says where IEC 62443 alone falls short). */
public record AnswerCaveat(Caveat caveat) implements Traced {

    private static final Comparator<AnswerCaveat> ORDER = Criterion.inCatalogOrder((AnswerCaveat c) -> c.caveat().criterion())
            .thenComparing(c -> c.caveat().phrase());

    /** The answer sentence with the caveats joined to its end, in catalog order; the answer itself when there are none. */
    public static String appendTo(String answer, List<AnswerCaveat> caveats) {
        if (caveats.isEmpty()) {
            return answer;
        }
        String sentence = answer.endsWith(".") ? answer.substring(0, answer.length() - 1) : answer;
        return sentence + "; but mind that " + caveats.stream().sorted(ORDER)
                .map(c -> c.caveat().phrase() + " (" + c.caveat().criterion() + ")")
                .distinct()
                .collect(Collectors.joining(", and that ")) + ".";
    }

    @Override
    public List<String> paths() {
        return caveat.paths();
    }

    @Override
    public String summary() {
        return "Answer names caveat " + caveat.criterion();
    }
}
