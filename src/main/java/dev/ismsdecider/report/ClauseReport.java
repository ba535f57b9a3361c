package dev.ismsdecider.report;

import dev.ismsdecider.report.AssessmentReport;
import dev.ismsdecider.report.ReportFormat;
import dev.ismsdecider.report.ReportLayout;
import dev.ismsdecider.clauses.ClauseCheck;
import dev.ismsdecider.clauses.ClauseChecker;
import dev.ismsdecider.clauses.ClauseFinding;
import dev.ismsdecider.clauses.Reading;
import dev.ismsdecider.profile.ExpectationKind;
import dev.ismsdecider.profile.OrganizationProfile.ContractClause;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes a clause check for a contract team (text or Markdown: the answer first, then each clause with
 * what it requires, the quoted words that say so and whether it triggers NR-1) or for programs (JSON:
 * the clauses as read from the document, so that spans can be followed, and the findings).
 */
public final class ClauseReport {

    /** How many binding clauses the answer names before it refers to the list. */
    private static final int NAMED_IN_ANSWER = 20;

    private ClauseReport() {
    }

    public static String render(String file, List<ClauseChecker.Result> results, ClauseCheck check, ReportFormat format) {
        return switch (format) {
            case JSON -> AssessmentReport.json(body(file, results, check));
            case TEXT -> new Writer(false).write(file, results, check);
            case MARKDOWN -> new Writer(true).write(file, results, check);
        };
    }

    private static Map<String, Object> body(String file, List<ClauseChecker.Result> results, ClauseCheck check) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("file", file);
        body.put("clauses", results.stream().map(ClauseChecker.Result::clause).toList());
        body.put("clauseFindings", check.clauseFindings());
        body.put("unreadableClauses", check.unreadableClauses());
        body.put("vocabulary", check.vocabulary());
        return body;
    }

    /** What a finding requires (or, read as not binding or unclear, names), in a contract team's words. */
    static String requirement(ClauseFinding f) {
        String what = switch (f.kind()) {
            case ISO_27001_CERTIFICATION -> "ISO 27001 certification";
            case ISO_27001_OR_EQUIVALENT -> "ISO 27001 or an equivalent";
            case ISMS_EVIDENCE -> "an information security management system (ISMS) or evidence from one";
            case IEC_62443 -> "IEC 62443" + (f.iec62443Part() == null ? "" : "-" + f.iec62443Part())
                    + (f.securityLevel() == null ? "" : " at " + f.securityLevel());
            case OTHER_ASSURANCE -> "another assurance scheme";
            case NONE -> null;
        };
        if (what == null) {
            return f.reading() == Reading.UNCLEAR ? "refers to a standard or certificate it does not name"
                    : "requires none of ISO 27001, an ISMS, IEC 62443 or another assurance scheme";
        }
        if (f.negated()) {
            return "says that " + what + " is not required (or not sufficient)";
        }
        boolean isms = f.kind() == ExpectationKind.ISO_27001_CERTIFICATION || f.kind() == ExpectationKind.ISO_27001_OR_EQUIVALENT
                || f.kind() == ExpectationKind.ISMS_EVIDENCE;
        String verb = !isms || f.reading() == Reading.BINDING || f.acceptsIec62443() ? "requires "
                : f.reading() == Reading.UNCLEAR ? "may require " : "names ";
        return verb + what + (f.acceptsIec62443() && f.kind() != ExpectationKind.IEC_62443 ? ", and accepts IEC 62443 in its place"
                : f.acceptsIec62443() ? ", accepted in place of ISO 27001" : "");
    }

    /** Whether it triggers NR-1, and if not, why not. */
    static String verdict(ClauseFinding f) {
        if (f.triggers().contains("NR-1")) {
            return "triggers NR-1 (IEC 62443 cannot replace ISO 27001 for this party)";
        }
        if (f.reading() == Reading.UNCLEAR) {
            return "unclear: it may tie the organisation to ISO 27001, a person must read it (an open question for NR-1)";
        }
        boolean iso = f.kind() == ExpectationKind.ISO_27001_CERTIFICATION || f.kind() == ExpectationKind.ISO_27001_OR_EQUIVALENT
                || f.kind() == ExpectationKind.ISMS_EVIDENCE;
        return "does not trigger NR-1" + (!iso ? "" : f.negated() ? " (negated)" : f.acceptsIec62443() ? " (IEC 62443 accepted)" : "");
    }

    /** One layout, two notations, as for assessments. */
    private static final class Writer extends ReportLayout {

        Writer(boolean markdown) {
            super(markdown);
        }

        String write(String file, List<ClauseChecker.Result> results, ClauseCheck check) {
            heading(1, "Does this contract tie us to ISO 27001?");
            line("File: " + file + ", " + results.size() + (results.size() == 1 ? " clause" : " clauses"));
            line(answer(results.size(), check));
            blank();
            heading(2, "Clauses");
            for (int i = 0; i < results.size(); i++) {
                clause(i, results.get(i));
            }
            actions(check);
            line("Vocabulary " + (check.vocabulary() == null ? "none" : check.vocabulary().version() + ", SHA-256 " + code(check.vocabulary().sha256())));
            return text();
        }

        private String answer(int clauses, ClauseCheck check) {
            List<String> binding = check.clauseFindings().stream().filter(f -> f.triggers().contains("NR-1"))
                    .map(f -> label(f.clauseId())).distinct().toList();
            int unreadable = check.unreadableClauses().size();
            String unread = unreadable == 0 ? "" : " " + unreadable + (unreadable == 1 ? " clause" : " clauses")
                    + " could not be read and must be answered by hand.";
            if (!binding.isEmpty()) {
                String named = binding.size() <= NAMED_IN_ANSWER ? String.join(", ", binding)
                        : String.join(", ", binding.subList(0, NAMED_IN_ANSWER)) + " and " + (binding.size() - NAMED_IN_ANSWER) + " more, listed below";
                return strong("Answer: yes.") + " " + binding.size() + " of " + clauses + " clauses tie the organisation to "
                        + "ISO 27001 or an ISMS (criterion NR-1): " + named + "." + unread;
            }
            List<String> unclear = check.clauseFindings().stream().filter(f -> f.reading() == Reading.UNCLEAR)
                    .map(f -> label(f.clauseId())).distinct().toList();
            if (!unclear.isEmpty()) {
                return strong("Answer: not known yet.") + " No clause clearly ties the organisation to ISO 27001 or an ISMS, but "
                        + unclear.size() + (unclear.size() == 1 ? " clause needs" : " clauses need") + " a person's reading: "
                        + String.join(", ", unclear.subList(0, Math.min(unclear.size(), NAMED_IN_ANSWER)))
                        + (unclear.size() > NAMED_IN_ANSWER ? " and " + (unclear.size() - NAMED_IN_ANSWER) + " more, listed below" : "") + "." + unread;
            }
            if (unreadable > 0) {
                return strong("Answer: not known yet.") + " No clause read ties the organisation to ISO 27001 or an ISMS." + unread;
            }
            return strong("Answer: no.") + " No clause ties the organisation to ISO 27001 or an ISMS (criterion NR-1 is not triggered by this contract).";
        }

        private void clause(int index, ClauseChecker.Result result) {
            ContractClause clause = result.clause();
            String who = Stream.of(clause.party(), clause.partyKind() == null ? null : clause.partyKind().name())
                    .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
            item("Clause " + (clause.id() == null || clause.id().isBlank() ? "#" + index : clause.id()) + (who.isEmpty() ? "" : " (" + who + ")"));
            detail(markdown ? "> " + String.valueOf(clause.text()).replace("\n", " ") : "\"" + clause.text() + "\"");
            for (ClauseFinding f : result.findings()) {
                detail("- " + requirement(f) + "; " + verdict(f));
                if (f.explanation() != null) {
                    detail("  why: " + f.explanation());
                }
                if (f.matched() != null) {
                    detail("  " + (f.kind() == ExpectationKind.NONE ? "names only" : "says so") + ": \"" + f.matched()
                            + "\" (characters " + f.span().start() + " to " + f.span().end() + ")");
                }
            }
            if (!result.readable()) {
                detail("- cannot be read (" + result.unreadable() + "): an open question, does it require ISO 27001 or an ISMS?");
            }
            blank();
        }

        /** The actions the rules asked for, as an evaluation would list them. */
        private void actions(ClauseCheck check) {
            if (!check.actions().isEmpty()) {
                heading(2, "What to do");
                check.actions().forEach(this::item);
                blank();
            }
        }

        private static String label(String id) {
            return id == null || id.isBlank() ? "(no id)" : id;
        }
    }
}
