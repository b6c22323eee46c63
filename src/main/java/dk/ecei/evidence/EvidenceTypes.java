package dk.ecei.evidence;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * Reads the content type of a file from its first bytes with Apache Tika's magic numbers. The name may only narrow
 * what the bytes say (plain text to CSV, an Office Open XML package to a Word or Excel document); a PDF renamed to
 * .png is still a PDF, an executable renamed to .pdf is not one, and a plain zip renamed to .docx stays a zip.
 */
final class EvidenceTypes {

    static final String OCTET_STREAM = "application/octet-stream";

    private static final TikaConfig TIKA = TikaConfig.getDefaultConfig();
    private static final Detector DETECTOR = TIKA.getDetector();
    private static final MediaTypeRegistry TYPES = TIKA.getMediaTypeRegistry();
    private static final MediaType ZIP = MediaType.application("zip");

    /** How many leading bytes the magic numbers look at (Tika's own bound). */
    static final int HEAD = 64 * 1024;

    private EvidenceTypes() {
    }

    static String detect(byte[] bytes, String fileName) {
        return detect(new ByteArrayInputStream(bytes), fileName);
    }

    /** Reads at most {@link #HEAD} bytes of the stream (marked and reset, so the caller reads it all afterwards). */
    static String detect(InputStream content, String fileName) {
        InputStream in = content.markSupported() ? content : new BufferedInputStream(content, HEAD);
        try {
            MediaType byBytes = DETECTOR.detect(in, new Metadata());
            Metadata named = new Metadata();
            if (fileName != null) {
                named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
            }
            MediaType withName = DETECTOR.detect(in, named);
            if (byBytes.equals(ZIP) && TYPES.isSpecializationOf(withName, ZIP)) {
                // The bytes show no Office package marker: the name alone does not make a zip a document.
                return ZIP.toString();
            }
            return withName.getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
