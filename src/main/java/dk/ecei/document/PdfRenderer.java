package dk.ecei.document;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
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
 * never share one at the same time), and the font metrics the layout needs are kept for every document. The report's
 * charts are drawn by {@link PeerChartDrawer}.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    /** The report's charts, drawn onto the page (registered once, read by every document). */
    private static final DefaultObjectDrawerFactory DRAWERS = new DefaultObjectDrawerFactory();

    static {
        DRAWERS.registerDrawer(PeerChartDrawer.TYPE, new PeerChartDrawer());
    }

    /** The two faces of the embedded family, parsed. */
    private record Fonts(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final byte[] regular;
    private final byte[] bold;
    private final ConcurrentLinkedDeque<Fonts> idle = new ConcurrentLinkedDeque<>();
    private final FSCacheEx<String, FSCacheValue> metrics = new Metrics();
    private final boolean reuseFonts;

    @org.springframework.beans.factory.annotation.Autowired
    PdfRenderer(DocumentSettings settings) {
        this(settings, false);
    }

    /** With {@code substituteGlyphs}, the fonts keep their substitution table (the document bench compares). */
    PdfRenderer(DocumentSettings settings, boolean substituteGlyphs) {
        this.regular = substituteGlyphs ? read("fonts/DejaVuSans.ttf") : withoutGlyphSubstitution(read("fonts/DejaVuSans.ttf"));
        this.bold = substituteGlyphs ? read("fonts/DejaVuSans-Bold.ttf")
                : withoutGlyphSubstitution(read("fonts/DejaVuSans-Bold.ttf"));
        this.reuseFonts = settings.reuseFonts();
        if (reuseFonts) {
            idle.push(parse());
        }
    }

    /**
     * The font with its glyph substitution table (GSUB) hidden, its tag renamed in the table directory: PDFBox runs
     * the substitution on every string it draws (a sixth of a report's time), and for Danish and English text all it
     * would do is join "fi" and "fl" into ligatures, which also break the copying and searching of a PDF's text. The
     * subset embedded in the PDF never carries GSUB anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'x';
            }
        }
        return copy;
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
            builder.useObjectDrawerFactory(DRAWERS);
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
            builder.useObjectDrawerFactory(DRAWERS);
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
