package dev.ismsdecider.knowledge;

import dev.ismsdecider.facts.OrganizationProfile.ItOtInterface;

import java.util.List;
import java.util.stream.Collectors;

/** One entry of {@code ot.itOtInterfaces}, with its position in the input. */
public record ItOtLink(int index, ItOtInterface link) implements HasEvidence {

    public String path() {
        return "/ot/itOtInterfaces/" + index;
    }

    /** "MES to PLC, HISTORIAN to ERP", in input order. */
    public static String describe(List<ItOtLink> links) {
        return links.stream().sorted(java.util.Comparator.comparingInt(ItOtLink::index))
                .map(l -> name(l.link().from()) + " to " + name(l.link().to()))
                .collect(Collectors.joining(", "));
    }

    private static String name(String end) {
        return end == null || end.isBlank() ? "an unnamed system" : end;
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path(), link);
    }
}
