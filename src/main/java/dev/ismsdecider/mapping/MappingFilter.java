package dev.ismsdecider.mapping;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A selection of pairs: by source standard, by SR, by Annex A control, by foundational requirement. Absent
 * ({@code null}) criteria select everything; the others must all hold. IDs are accepted in the usual spellings
 * ({@code sr1.1}, {@code 5.15}, {@code fr1}) and kept in the lists' spelling. Shared by the CLI and the REST door.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MappingFilter(Standard standard, String sr, String annexA, String fr) {

    /** Selects every pair. */
    public static final MappingFilter ALL = new MappingFilter(null, null, null, null);

    private static final Pattern SR = Pattern.compile("sr[\\s_-]*(\\d+\\.\\d+)");
    private static final Pattern ANNEX_A = Pattern.compile("(?:a\\.?)?(\\d+\\.\\d+)");
    private static final Pattern FR = Pattern.compile("fr\\s*(\\d+)");

    public MappingFilter {
        sr = normalise(sr, SR, "SR ");
        annexA = normalise(annexA, ANNEX_A, "A.");
        fr = normalise(fr, FR, "FR");
    }

    private static String normalise(String value, Pattern pattern, String prefix) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher matcher = pattern.matcher(value.strip().toLowerCase(Locale.ROOT));
        return matcher.matches() ? prefix + matcher.group(1) : value.strip();
    }

    /** True when no criterion is set. */
    @JsonIgnore
    public boolean isEmpty() {
        return standard == null && sr == null && annexA == null && fr == null;
    }

    /** The criteria that name no existing ID, each as a message; empty when the filter is valid. */
    public List<String> problems(StandardIds ids) {
        List<String> problems = new ArrayList<>();
        if (sr != null && !ids.isSystemRequirement(sr)) {
            problems.add("unknown IEC 62443-3-3 system requirement '" + sr + "' (SR 1.1 to SR 7.8)");
        }
        if (annexA != null && !ids.isAnnexAControl(annexA)) {
            problems.add("unknown ISO/IEC 27001:2022 Annex A control '" + annexA + "' (A.5.1 to A.8.34)");
        }
        if (fr != null && !ids.foundationalRequirements().contains(fr)) {
            problems.add("unknown foundational requirement '" + fr + "' (FR1 to FR7)");
        }
        return problems;
    }

    public boolean matches(ControlPair pair) {
        return (standard == null || pair.standard() == standard)
                && (sr == null || pair.standard() == Standard.IEC_62443_3_3 && pair.requirement().equals(sr))
                && (annexA == null || pair.annexA().equals(annexA))
                && (fr == null || fr.equals(pair.foundationalRequirement()));
    }
}
