package dev.ismsdecider.evaluation.facts;



import java.util.List;

/** Something the organisation should do, under the criterion that asks for it. */
public record Action(String criterion, String action) implements Traced {

    @Override
    public List<String> paths() {
        return List.of();
    }

    @Override
    public String summary() {
        return "Action " + criterion;
    }
}
