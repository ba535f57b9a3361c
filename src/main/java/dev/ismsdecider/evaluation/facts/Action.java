package dev.ismsdecider.evaluation.facts;


import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.List;

/** Something the organisation should do, under the criterion that asks for it. */
public record Action(String criterion, String action) implements Traced {

    @Override
    @JsonIgnore
    public List<String> paths() {
        return List.of();
    }

    @Override
    @JsonIgnore
    public String summary() {
        return "Action " + criterion;
    }
}
