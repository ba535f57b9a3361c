package dev.ismsdecider.records;

import dev.ismsdecider.evaluation.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which stored assessments to list: by verdict, organisation name (exact, ignoring case), rule set version and time
 * ({@code from} inclusive, {@code to} exclusive), one page at a time.
 */
public record RecordQuery(String verdict, String organization, String ruleSetVersion, Instant from, Instant to, int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /**
     * Reads the query parameters as sent (each may be null).
     *
     * @throws InvalidRecordRequest naming the parameter that cannot be read
     */
    public static RecordQuery of(String verdict, String organization, String ruleSetVersion, String from, String to,
                                 String page, String size) {
        String v = blankToNull(verdict);
        if (v != null && Arrays.stream(Verdict.values()).noneMatch(known -> known.name().equals(v.toUpperCase(Locale.ROOT)))) {
            throw new InvalidRecordRequest("verdict", "must be one of " + Arrays.toString(Verdict.values()));
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        return new RecordQuery(v == null ? null : v.toUpperCase(Locale.ROOT), blankToNull(organization), blankToNull(ruleSetVersion),
                instant("from", from, false), instant("to", to, true), pageNumber, pageSize);
    }

    /** An instant ({@code 2026-12-04T10:00:00Z}) or a day ({@code 2026-12-04}); {@code to} with a day means up to its end. */
    private static Instant instant(String name, String value, boolean endOfDay) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADay) {
                throw new InvalidRecordRequest(name, "must be an instant such as 2026-12-04T10:00:00Z or a day such as 2026-12-04");
            }
        }
    }

    private static int number(String name, String value, int absent, int min, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRecordRequest(name, "must be a whole number from " + min + " to " + max);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
