package dk.ecei.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Turns the XHTML that the documents' Thymeleaf templates write into a PDF, with DejaVu Sans embedded (subset) so
 * that æ, ø and å print whatever fonts the reader's machine has. The font files are read once.
 */
@Component
public class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final byte[] regular = read("fonts/DejaVuSans.ttf");
    private final byte[] bold = read("fonts/DejaVuSans-Bold.ttf");

    public byte[] render(String xhtml, String baseUri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, baseUri);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The font " + path + " is missing", e);
        }
    }
}
