package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The content type comes from the first bytes (Apache Tika); the name only narrows it. */
class EvidenceTypesTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theBytesDecideNotTheName() {
        assertThat(EvidenceTypes.detect(PDF, "billede.png")).isEqualTo("application/pdf");
        assertThat(EvidenceTypes.detect(new byte[] {'M', 'Z', 0, 0, 1, 2, 3}, "rapport.pdf")).isNotEqualTo("application/pdf");
        assertThat(EvidenceTypes.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, "x.pdf"))
                .isEqualTo("image/png");
        assertThat(EvidenceTypes.detect("år;antal\n2025;12\n".getBytes(StandardCharsets.UTF_8), "tal.csv")).isEqualTo("text/csv");
        assertThat(EvidenceTypes.detect("Referat fra mødet\n".getBytes(StandardCharsets.UTF_8), "referat.txt"))
                .isEqualTo("text/plain");
    }

    @Test
    void anOfficeDocumentIsKnownByItsPackageAndAPlainZipStaysAZip() throws IOException {
        assertThat(EvidenceTypes.detect(zip("[Content_Types].xml", "word/document.xml"), "plan.docx"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(EvidenceTypes.detect(zip("a.txt"), "plan.docx")).isEqualTo("application/zip");
    }

    @Test
    void onlyTheHeadOfAStreamIsRead() {
        byte[] big = new byte[5 * 1024 * 1024];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        CountingStream in = new CountingStream(big);
        assertThat(EvidenceTypes.detect(in, "stor.pdf")).isEqualTo("application/pdf");
        assertThat(in.read).as("bytes read of %s", big.length).isLessThanOrEqualTo(2 * EvidenceTypes.HEAD);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static final class CountingStream extends InputStream {
        private final byte[] bytes;
        int read;

        CountingStream(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        public int read() {
            return read < bytes.length ? bytes[read++] & 0xFF : -1;
        }
    }
}
