package dev.ismsdecider.memo;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The decision memo: page 1 for the decision-maker (question, verdict, answer, blockers with their evidence quoted,
 * the actions that matter most, what would change the verdict), then an annex for the auditor (scope allocation,
 * management-system gaps, clause readings, findings, the OT control set with provenance, the numbered trace and the
 * SHA-256 of input and rule set). One Thymeleaf template ({@code memo/memo.html}) gives both the HTML and, laid out
 * by openhtmltopdf, the PDF.
 * <p>
 * Thymeleaf's own engine runs without Spring, so the command line renders memos without an application context.
 * The PDF uses only what is inside the jar: the fonts in {@code memo/fonts/} (DejaVu Sans Condensed, with their
 * licence) and no other resource; every URI the layout asks for resolves to nothing, so rendering never reaches the
 * network. One instance is safe for concurrent use.
 */
public final class Memo {

    private static final String TEMPLATE = "memo";
    static final String FONT_FAMILY = "Memo Sans";

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final TemplateEngine templates;
    private final byte[] regular;
    private final byte[] bold;

    private Memo() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Memo.class.getClassLoader());
        resolver.setPrefix("memo/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        templates = new TemplateEngine();
        templates.setTemplateResolver(resolver);
        regular = font("DejaVuSansCondensed.ttf");
        bold = font("DejaVuSansCondensed-Bold.ttf");
        // openhtmltopdf reports each layout step through java.util.logging; a command's output has no room for it
        XRLog.setLoggingEnabled(false);
    }

    /** The renderer, with its template and fonts read once. */
    public static Memo instance() {
        return Holder.MEMO;
    }

    private static final class Holder {
        static final Memo MEMO = new Memo();
    }

    /** The memo as one HTML document (UTF-8, styles inline, nothing fetched). */
    public String html(MemoInput input) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("m", MemoView.of(input));
        return templates.process(TEMPLATE, context);
    }

    /** The memo as a PDF: A4, fonts embedded, title, author and subject in its document information. */
    public byte[] pdf(MemoInput input) {
        String html = html(input);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.useUriResolver((base, uri) -> null);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withProducer("isms-decider");
            // PDF/A-2u: the document information is repeated as XMP metadata and the colours are tied to sRGB, so an
            // archive can keep the memo beside its record
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(SRGB);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("memo PDF not written", e);
        }
        return out.toByteArray();
    }

    private static byte[] font(String file) {
        try (InputStream in = Memo.class.getClassLoader().getResourceAsStream("memo/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("memo font missing from the jar: " + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
