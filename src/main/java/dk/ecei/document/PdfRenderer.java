package dk.ecei.document;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the XHTML that the documents' Thymeleaf templates write into a PDF, with DejaVu Sans embedded (subset) so
 * that æ, ø and å print whatever fonts the reader's machine has. The font files are read and parsed once, not per
 * document: parsed fonts wait in a pool (a parsed font reads its tables while a document is saved, so two documents
 * never share one at the same time), and the font metrics the layout needs are kept for every document.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    /** The two faces of the embedded family, parsed. */
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");
    private final ConcurrentLinkedDeque<Fonts> idle = new ConcurrentLinkedDeque<>();
    private final FSCacheEx<String, FSCacheValue> metrics = new Metrics();
    private final boolean reuseFonts;

    PdfRenderer(DocumentSettings settings) {
        this.reuseFonts = settings.reuseFonts();
        if (reuseFonts) {
            idle.push(parse());
        }
    }

    public byte[] render(String xhtml, String baseUri) {
        return reuseFonts ? renderWithParsedFonts(xhtml, baseUri) : renderLoadingFonts(xhtml, baseUri);
    }

    /** Without the caches: every document reads its fonts from the bytes and measures them again. */
    private byte[] renderLoadingFonts(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] renderWithParsedFonts(String xhtml, String baseUri) {
        Fonts fonts = idle.poll();
        if (fonts == null) {
            fonts = parse();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PDDocument document = new PDDocument();
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePDDocument(document);
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.regular(), true)), FONT_FAMILY, 400,
                    FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(PDType0Font.load(document, fonts.bold(), true)), FONT_FAMILY, 700,
                    FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            idle.push(fonts);
        }
        return out.toByteArray();
    }

    private Fonts parse() {
        try {
            return new Fonts(new TTFParser().parse(new RandomAccessReadBuffer(regular)),
                    new TTFParser().parse(new RandomAccessReadBuffer(bold)));
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded font cannot be read", e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing", e);
        }
    }

    /** The font metrics of the embedded family, shared by every document (they never change). */
    private static final class Metrics implements FSCacheEx<String, FSCacheValue> {

        private final Map<String, FSCacheValue> values = new ConcurrentHashMap<>();

        @Override
        public void put(String key, FSCacheValue value) {
            values.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            return values.computeIfAbsent(key, k -> {
                try {
                    return loader.call();
                } catch (Exception e) {
                    throw new IllegalStateException("Font metrics of " + k, e);
                }
            });
        }

        @Override
        public FSCacheValue get(String key) {
            return values.get(key);
        }
    }
}
