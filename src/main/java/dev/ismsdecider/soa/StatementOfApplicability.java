package dev.ismsdecider.soa;

import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.report.Wording;
import dev.ismsdecider.evaluation.Finding;
import dev.ismsdecider.evaluation.FindingKind;
import dev.ismsdecider.evaluation.OpenQuestion;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlPair;
import dev.ismsdecider.mapping.ControlSetEntry;
import dev.ismsdecider.mapping.PivotPath;
import dev.ismsdecider.mapping.StandardIds;
import dev.ismsdecider.memo.MemoInput;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Statement of Applicability workbook (CO-1, EV-2) for one assessment, with Apache POI: sheet 1 lists every
 * ISO/IEC 27001:2022 Annex A control (the project's own short titles) with whether it applies, the justification,
 * whether it stays with the ISMS or is met through IEC 62443 for the OT domain (naming the IEC 62443-3-3
 * requirements of the assessment's OT control set) and an empty status column for the organisation; sheet 2 is the
 * IEC 62443 to Annex A mapping with its provenance; sheet 3 the assessment's summary.
 * <p>
 * Every control is proposed as applicable, the default of an SoA: excluding one is the organisation's risk decision,
 * which no fact of the profile records. What the workbook takes from the rules is which controls the OT control set
 * reaches; without an OT control set (no OT, or the rules asked for no mapping) every control stays with the ISMS.
 */
public final class StatementOfApplicability {

    /** The media type of the workbook. */
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static final String CONTROLS_SHEET = "Statement of Applicability";
    static final String MAPPING_SHEET = "IEC 62443 to Annex A";
    static final String SUMMARY_SHEET = "Assessment";
    static final String STAYS = "Stays with the ISMS";
    static final String THROUGH_62443 = "Met through IEC 62443 for OT";

    private static final Map<String, String> TITLES = titles();

    private StatementOfApplicability() {
    }

    /** The workbook as .xlsx bytes. */
    public static byte[] workbook(MemoInput input) {
        Assessment a = input.assessment();
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            controls(book.createSheet(CONTROLS_SHEET), styles, a);
            mapping(book.createSheet(MAPPING_SHEET), styles);
            summary(book.createSheet(SUMMARY_SHEET), styles, input);
            var properties = book.getProperties().getCoreProperties();
            properties.setTitle("Statement of Applicability" + (input.organisation().isEmpty() ? "" : ": " + input.organisation()));
            properties.setCreator("isms-decider, rule set " + a.ruleSet().version());
            properties.setSubjectProperty(Wording.verdict(a.verdict()));
            properties.setCreated(Optional.of(Date.from(input.date().atStartOfDay().toInstant(ZoneOffset.UTC))));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("workbook not written", e);
        }
    }

    private static void controls(Sheet sheet, Styles styles, Assessment a) {
        Map<String, ControlSetEntry> otSet = a.otControlSet().stream()
                .collect(Collectors.toMap(ControlSetEntry::annexA, Function.identity(), (x, y) -> x, LinkedHashMap::new));
        boolean ot = !otSet.isEmpty();
        header(sheet, styles, new String[]{"Control", "Title (our short wording)", "Applies?", "Justification", "Implemented",
                "IEC 62443-3-3 requirements", "Relationship, best confidence", "Status (yours to fill)"},
                new int[]{9, 38, 9, 70, 28, 30, 26, 22});
        int r = 1;
        for (String control : StandardIds.packaged().annexAControls()) {
            ControlSetEntry entry = otSet.get(control);
            String justification;
            if (entry != null) {
                justification = "Selected for the OT domain through IEC 62443 (CO-1, EV-2): " + String.join(", ", entry.systemRequirements())
                        + " implement it there; the ISMS keeps it for the rest of the scope and records the choice.";
            } else if (ot) {
                justification = a.annexAStayingWithIsms().contains(control)
                        ? "No IEC 62443 requirement reaches this control through the mapping sources: the ISMS implements it everywhere."
                        : "Reached only by management-system elements of IEC 62443-2-1, not by a 3-3 system requirement: the ISMS implements it.";
            } else {
                justification = "No OT control set applies to this organisation: the ISMS implements the control across the scope.";
            }
            row(sheet.createRow(r++), styles, control, TITLES.getOrDefault(control, ""), "Yes", justification,
                    entry != null ? THROUGH_62443 : STAYS,
                    entry != null ? String.join(", ", entry.systemRequirements()) : "",
                    entry != null ? words(entry.relationship().name()) + ", " + words(entry.bestConfidence().name()) : "",
                    "");
        }
        finish(sheet, r, 8);
    }

    private static void mapping(Sheet sheet, Styles styles) {
        header(sheet, styles, new String[]{"IEC 62443 document", "Requirement", "Foundational requirement", "Annex A", "Relationship",
                "Confidence", "Score", "Provenance (CSF 1.1 subcategory: ISO 27001:2013 controls, agreement)"},
                new int[]{20, 13, 12, 9, 16, 11, 8, 80});
        int r = 1;
        for (ControlPair p : ControlMapping.packaged().pairs()) {
            String provenance = p.provenance().stream().map(StatementOfApplicability::path).collect(Collectors.joining("; "));
            Row row = sheet.createRow(r++);
            row(row, styles, p.standard().title(), p.requirement(), p.foundationalRequirement() == null ? "" : p.foundationalRequirement(),
                    p.annexA(), words(p.relationship().name()), words(p.confidence().level().name()), null, provenance);
            row.createCell(6).setCellValue(p.confidence().score());
            row.getCell(6).setCellStyle(styles.wrap);
        }
        finish(sheet, r, 8);
    }

    private static String path(PivotPath p) {
        return p.subcategory() + ": " + String.join(", ", p.iso27001_2013()) + " (" + words(p.agreement().name()) + ")";
    }

    private static void summary(Sheet sheet, Styles styles, MemoInput input) {
        Assessment a = input.assessment();
        header(sheet, styles, new String[]{"Item", "Value"}, new int[]{28, 110});
        int r = 1;
        r = pair(sheet, styles, r, "Question", Wording.QUESTION);
        r = pair(sheet, styles, r, "Organisation", input.organisation());
        r = pair(sheet, styles, r, "Date", input.date().toString());
        r = pair(sheet, styles, r, "Verdict", Wording.verdict(a.verdict()) + " (" + a.verdict().name() + ")");
        r = pair(sheet, styles, r, "Answer", a.answer());
        for (Finding f : a.findings()) {
            if (f.kind() == FindingKind.BLOCKER) {
                r = pair(sheet, styles, r, "Blocker " + f.criterion(), f.title());
            }
        }
        for (OpenQuestion q : a.openQuestions()) {
            r = pair(sheet, styles, r, "Open question " + q.criterion(), q.question() + " (answer at " + q.path() + "; "
                    + (q.couldChangeVerdict() ? "could change the verdict" : "cannot change the verdict") + ")");
        }
        r = pair(sheet, styles, r, "Annex A controls met through IEC 62443 for OT", String.valueOf(a.otControlSet().size()));
        r = pair(sheet, styles, r, "Rule set", a.ruleSet().version() + ", SHA-256 " + a.ruleSet().sha256());
        r = pair(sheet, styles, r, "Input SHA-256", input.factsSha256());
        if (input.record() != null) {
            r = pair(sheet, styles, r, "Record", input.record().id());
        }
        finish(sheet, r, 2);
    }

    private static int pair(Sheet sheet, Styles styles, int r, String item, String value) {
        row(sheet.createRow(r), styles, item, value);
        return r + 1;
    }

    private static void header(Sheet sheet, Styles styles, String[] titles, int[] widths) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            row.createCell(c).setCellValue(titles[c]);
            row.getCell(c).setCellStyle(styles.header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    /** One data row; a {@code null} value leaves its cell for the caller. */
    private static void row(Row row, Styles styles, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                row.createCell(c).setCellValue(values[c]);
                row.getCell(c).setCellStyle(styles.wrap);
            }
        }
    }

    /** Filters on the header, the header row frozen, the sheet printed landscape and one page wide. */
    private static void finish(Sheet sheet, int rows, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns - 1));
        sheet.createFreezePane(1, 1);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, columns - 1));
    }

    private static String words(String code) {
        return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle wrap;

        Styles(XSSFWorkbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            header = book.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setWrapText(true);
            wrap = book.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
        }
    }

    /** Our short titles by control ID ({@code soa/annex-a-titles.tsv}). */
    static Map<String, String> titles() {
        try (InputStream in = StatementOfApplicability.class.getClassLoader().getResourceAsStream("soa/annex-a-titles.tsv")) {
            if (in == null) {
                throw new IllegalStateException("soa/annex-a-titles.tsv missing from the jar");
            }
            Map<String, String> titles = new LinkedHashMap<>();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            for (String line : lines) {
                if (line.startsWith("#") || line.startsWith("id\t") || line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", 2);
                titles.put(cells[0], cells[1]);
            }
            return Map.copyOf(titles);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
