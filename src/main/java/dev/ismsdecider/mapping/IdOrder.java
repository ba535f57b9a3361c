package dev.ismsdecider.mapping;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Orders standard IDs as a reader expects: {@code SR 1.2} before {@code SR 1.10}, {@code A.5.9} before
 * {@code A.5.10}. Digit runs compare by value, everything else by text.
 */
public final class IdOrder {

    public static final Comparator<String> NATURAL = IdOrder::compare;

    private static final Pattern TOKEN = Pattern.compile("\\d+|\\D+");

    private IdOrder() {
    }

    private static int compare(String a, String b) {
        Matcher left = TOKEN.matcher(a);
        Matcher right = TOKEN.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            boolean digits = Character.isDigit(l.charAt(0)) && Character.isDigit(r.charAt(0));
            int order = digits ? Long.compare(Long.parseLong(l), Long.parseLong(r)) : l.compareTo(r);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
