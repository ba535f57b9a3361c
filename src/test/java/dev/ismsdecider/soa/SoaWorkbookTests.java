package dev.ismsdecider.soa;

import dev.ismsdecider.Examples;
import dev.ismsdecider.evaluation.Assessment;
import dev.ismsdecider.evaluation.DecisionEngine;
import dev.ismsdecider.profile.FactsReader;
import dev.ismsdecider.mapping.ControlMapping;
import dev.ismsdecider.mapping.ControlSetEntry;
import dev.ismsdecider.mapping.StandardIds;
import dev.ismsdecider.memo.MemoInput;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Statement of Applicability as a consultant opens it: read back with POI, sheet by sheet. */
class SoaWorkbookTests {

    private static final DataFormatter CELLS = new DataFormatter();

    private record Opened(Assessment assessment, Workbook book) {
    }

    private static Opened open(String example) throws IOException {
        byte[] bytes = Examples.bytes(Path.of("facts-examples", example + ".json"));
        Assessment assessment = DecisionEngine.packaged().evaluate(FactsReader.read(bytes));
        byte[] xlsx = StatementOfApplicability.workbook(MemoInput.unstored(assessment, bytes, LocalDate.of(2026, 12, 4)));
        return new Opened(assessment, new XSSFWorkbook(new ByteArrayInputStream(xlsx)));
    }

    /** Sheet 1 as rows of header name to text, below the header row. */
    private static List<Map<String, String>> rows(Sheet sheet) {
        Row header = sheet.getRow(0);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                row.put(CELLS.formatCellValue(header.getCell(c)), CELLS.formatCellValue(sheet.getRow(r).getCell(c)));
            }
            rows.add(row);
        }
        return rows;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pharma-brownfield", "ot-only-integrator", "saas-company-no-ot", "unknowns"})
    void everyAnnexAControlOnceWithTheOtControlSetMarkedAndEveryApplicableOneJustified(String example) throws IOException {
        Opened soa = open(example);
        List<Map<String, String>> rows = rows(soa.book().getSheet(StatementOfApplicability.CONTROLS_SHEET));

        assertThat(rows).hasSize(93);
        assertThat(rows).extracting(r -> r.get("Control")).containsExactlyElementsOf(StandardIds.packaged().annexAControls());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("Title (our short wording)")).isNotBlank());
        assertThat(rows).filteredOn(r -> r.get("Applies?").equals("Yes"))
                .allSatisfy(r -> assertThat(r.get("Justification")).as(r.get("Control")).isNotBlank());
        assertThat(rows).allSatisfy(r -> assertThat(r.get("Status (yours to fill)")).isEmpty());

        Map<String, Map<String, String>> byControl = new LinkedHashMap<>();
        rows.forEach(r -> byControl.put(r.get("Control"), r));
        for (ControlSetEntry entry : soa.assessment().otControlSet()) {
            Map<String, String> row = byControl.get(entry.annexA());
            assertThat(row.get("Implemented")).as(entry.annexA()).isEqualTo(StatementOfApplicability.THROUGH_62443);
            assertThat(row.get("IEC 62443-3-3 requirements")).isEqualTo(String.join(", ", entry.systemRequirements()));
        }
        long marked = rows.stream().filter(r -> r.get("Implemented").equals(StatementOfApplicability.THROUGH_62443)).count();
        assertThat(marked).as("only the OT control set is met through IEC 62443").isEqualTo(soa.assessment().otControlSet().size());
    }

    @Test
    void theExamplesWithOtHaveAControlSetAndThoseWithoutHaveNone() throws IOException {
        // guards the test above against passing on empty control sets alone
        assertThat(open("pharma-brownfield").assessment().otControlSet()).isNotEmpty();
        assertThat(open("saas-company-no-ot").assessment().otControlSet()).isEmpty();
    }

    @Test
    void theMappingSheetHasEveryPairWithItsProvenanceAndTheSummaryTheVerdict() throws IOException {
        Opened soa = open("pharma-brownfield");
        List<Map<String, String>> pairs = rows(soa.book().getSheet(StatementOfApplicability.MAPPING_SHEET));
        List<Map<String, String>> summary = rows(soa.book().getSheet(StatementOfApplicability.SUMMARY_SHEET));

        assertThat(pairs).hasSize(ControlMapping.packaged().pairs().size());
        assertThat(pairs).allSatisfy(r -> assertThat(r.get("Provenance (CSF 1.1 subcategory: ISO 27001:2013 controls, agreement)")).matches("[A-Z]{2}\\.[A-Z]{2}-\\d+: .*"));
        assertThat(summary).anySatisfy(r -> assertThat(r).containsEntry("Item", "Verdict").containsEntry("Value", "Keep ISO 27001, with IEC 62443 for OT inside it (COEXIST)"));
        assertThat(summary).anySatisfy(r -> assertThat(r).containsEntry("Item", "Input SHA-256"));
    }

    @Test
    void eachSheetHasFiltersAFrozenHeaderAndWidthsSet() throws IOException {
        Opened soa = open("pharma-brownfield");
        for (Sheet sheet : soa.book()) {
            XSSFSheet xssf = (XSSFSheet) sheet;
            assertThat(xssf.getCTWorksheet().getAutoFilter()).as(sheet.getSheetName()).isNotNull();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
        }
        assertThat(soa.book().getNumberOfSheets()).isEqualTo(3);
    }

    @Test
    void ourTitlesNameExactlyTheAnnexAControls() {
        assertThat(StatementOfApplicability.titles().keySet()).containsExactlyInAnyOrderElementsOf(StandardIds.packaged().annexAControls());
    }
}
