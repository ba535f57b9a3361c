package dev.ismsdecider.evaluation.facts;

import dev.ismsdecider.profile.OrganizationProfile.ItOtInterface;

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
                .map(l -> describe(l.link()))
                .collect(Collectors.joining(", "));
    }

    /** "MES to PLC". */
    public static String describe(ItOtInterface link) {
        return name(link.from()) + " to " + name(link.to());
    }

    private static String name(String end) {
        return end == null || end.isBlank() ? "an unnamed system" : end;
    }

    @Override
    public Evidence evidence() {
        return Evidence.of(path(), link);
    }
}
