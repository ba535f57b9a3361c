package dev.ismsdecider.clauses.documents;

import dev.ismsdecider.profile.OrganizationProfile.ContractClause;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Documents made to hurt the reader: each is refused (or read) within the limits, in our own words, in
 * bounded time and with bounded memory. Memory is measured as the bytes the reading thread allocates: a
 * reader that holds an inflated part whole allocates several times the part.
 */
class HostileDocumentTests {

    private static final ContractDocuments DOCUMENTS = new ContractDocuments(ReadOptions.DEFAULT);
    /** A library's class or package name, or the word "exception": none may reach a user. */
    private static final Pattern INTERNALS = Pattern.compile("(?i)exception|\\b(java|javax|org|com|sun)\\.[a-z]|poi|xmlbeans|openxml4j|pdfbox|bugzilla");
    /** Far below what holding a 64 MB part (or a 200 MB one) would take; far above what streaming needs. */
    private static final long MAX_ALLOCATED = 200L * 1024 * 1024;
    private static final Duration MAX_TIME = Duration.ofSeconds(15);

    @ParameterizedTest
    @EnumSource(HostileFiles.Ratio.class)
    void zipBombsOfEveryRatioStopAtALimitWhileReading(HostileFiles.Ratio ratio) {
        long inflated = ratio == HostileFiles.Ratio.EMPTY_PARAGRAPHS ? 100L << 20 : ratio == HostileFiles.Ratio.RANDOM_TEXT ? 24L << 20 : 62L << 20;
        byte[] bomb = HostileFiles.docxBomb(inflated, ratio);
        DocumentLimitException refused = refused(bomb, DocumentLimitException.class);
        assertThat(refused.limit()).isIn(DocumentLimitException.Limit.INFLATED_BYTES, DocumentLimitException.Limit.CHARACTERS,
                DocumentLimitException.Limit.CLAUSES);
    }

    @Test
    void theInflatedBytesAreCappedWhateverTheZipDirectoryClaims() {
        byte[] lying = HostileFiles.lyingAboutSize(HostileFiles.docxBomb(100L << 20, HostileFiles.Ratio.EMPTY_PARAGRAPHS), 1000);
        ContractFormatException refused = refused(lying, ContractFormatException.class);
        assertThat(refused.getMessage()).containsAnyOf("inflates beyond", "damaged");
    }

    @Test
    void aDtdInThePartsThatAreReadIsRefusedUnread() {
        for (String dtd : List.of(HostileFiles.XXE_DTD, HostileFiles.LAUGHS_DTD)) {
            String document = HostileFiles.body("<w:p><w:r><w:t>&xxe;&j;</w:t></w:r></w:p>").replace("?>", "?>" + dtd);
            assertThat(refused(HostileFiles.docx(Map.of("word/document.xml", document)), ContractFormatException.class))
                    .hasMessageContaining("word/document.xml declares a DTD");
            String rels = HostileFiles.RELS.replace("?>", "?>" + dtd);
            assertThat(refused(HostileFiles.docx(Map.of("_rels/.rels", rels)), ContractFormatException.class))
                    .hasMessageContaining("_rels/.rels declares a DTD");
        }
    }

    @Test
    void aDtdInThePartsThatAreNotReadDoesNothing() {
        String hostile = "<?xml version=\"1.0\"?>" + HostileFiles.XXE_DTD + HostileFiles.LAUGHS_DTD.replace("<!DOCTYPE x [", "").replace("]>", "")
                + "<x>&xxe;</x>";
        for (String part : List.of("[Content_Types].xml", "word/styles.xml", "word/settings.xml", "docProps/core.xml")) {
            List<ContractClause> clauses = DOCUMENTS.read("c.docx", HostileFiles.docx(Map.of(part, hostile)));
            assertThat(clauses).extracting(ContractClause::text).containsExactly("Supplier shall hold ISO 27001.");
        }
    }

    @Test
    void aZipOfManyFilesIsRefusedBeforeItsDirectoryIsRead() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (int i = 0; i < 5000; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("f" + i));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(refused(bytes.toByteArray(), ContractFormatException.class)).hasMessageContaining("zip archive of 5000 files");
    }

    @Test
    void aPdfOfThousandsOfPagesIsRefusedByItsPageCount() throws IOException {
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < 5000; i++) {
                document.addPage(new PDPage());
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        assertThat(refused(pdf, DocumentLimitException.class).limit()).isEqualTo(DocumentLimitException.Limit.PAGES);
    }

    @Test
    void aPdfWhosePageContentInflatesWithoutEndIsRefused() {
        byte[] spaces = new byte[100 << 20];
        java.util.Arrays.fill(spaces, (byte) ' ');
        String[] objects = HostileFiles.onePage("3 0 R", "", "");
        objects[3] = HostileFiles.flateStream("", spaces);
        assertThat(refused(HostileFiles.pdf(objects), DocumentLimitException.class).limit())
                .isEqualTo(DocumentLimitException.Limit.INFLATED_BYTES);
    }

    @Test
    void aPdfWhosePageTreeLoopsIsRefusedOrRead() {
        // the page tree lists itself among its kids
        byte[] pdf = HostileFiles.pdf(HostileFiles.onePage("3 0 R 2 0 R", "", ""));
        assertBoundedOutcome(pdf);
    }

    @Test
    void aPdfWhoseFormDrawsItselfIsBounded() {
        String form = "<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /Fm1 6 0 R >> >> /Length 8 >>\n"
                + "stream\n/Fm1 Do \nendstream";
        assertBoundedOutcome(HostileFiles.pdf(HostileFiles.onePage("3 0 R", "/XObject << /Fm1 6 0 R >>", "/Fm1 Do", form)));
    }

    @Test
    void aPdfWithAGiganticImageIsReadForItsText() {
        String image = HostileFiles.flateStream("/Type /XObject /Subtype /Image /Width 100000 /Height 100000 /ColorSpace /DeviceRGB /BitsPerComponent 8",
                new byte[1 << 20]);
        byte[] pdf = HostileFiles.pdf(HostileFiles.onePage("3 0 R", "/XObject << /Im1 6 0 R >>", "q 612 0 0 792 0 0 cm /Im1 Do Q", image));
        List<ContractClause> clauses = within(pdf);
        assertThat(clauses).extracting(ContractClause::id).containsExactly("1.1");
    }

    @Test
    void malformedPdfsAreRefusedInOurWords() {
        byte[] broken = HostileFiles.pdf("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [9 0 R] /Count 7 >>");
        refused(broken, ContractFormatException.class);
        byte[] noObjects = "%PDF-1.4\ntrailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        refused(noObjects, ContractFormatException.class);
    }

    @Test
    void readingStopsAtTheTimeBudget() {
        DocumentLimits noTime = DocumentLimits.DEFAULT.withWork(DocumentLimits.DEFAULT_MAX_CLAUSES, Duration.ZERO);
        ContractDocuments impatient = new ContractDocuments(new ReadOptions(null, null, noTime));
        for (byte[] document : List.of("1.1 Supplier shall hold ISO 27001.".getBytes(StandardCharsets.UTF_8),
                ContractFiles.docx(List.of("1.1 Supplier shall hold ISO 27001."), List.of()),
                ContractFiles.pdf(List.of("1.1 Supplier shall hold ISO 27001.")))) {
            DocumentLimitException e = catchThrowableOfType(DocumentLimitException.class, () -> impatient.read("c", document));
            assertThat(e).isNotNull();
            assertThat(e.limit()).isEqualTo(DocumentLimitException.Limit.TIME);
        }
    }

    /** Reading either gives clauses or an error in our words; in bounded time and memory either way. */
    private static void assertBoundedOutcome(byte[] document) {
        try {
            within(document);
        } catch (ContractFormatException e) {
            assertThat(e.getMessage()).doesNotContainPattern(INTERNALS);
        }
    }

    private static <T extends ContractFormatException> T refused(byte[] document, Class<T> type) {
        T refused = catchThrowableOfType(type, () -> within(document));
        assertThat(refused).as("refused with %s", type.getSimpleName()).isNotNull();
        assertThat(refused.getMessage()).doesNotContainPattern(INTERNALS);
        return refused;
    }

    private static List<ContractClause> within(byte[] document) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        try {
            return DOCUMENTS.read("contract", document);
        } finally {
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(MAX_TIME);
            assertThat(threads.getThreadAllocatedBytes(thread) - allocatedBefore).isLessThan(MAX_ALLOCATED);
        }
    }
}
