package dk.ecei.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the content type of a file from its bytes. The name only tells plain text from CSV, which have no magic
 * number; a PDF renamed to .png is still a PDF, and an executable renamed to .pdf is not one.
 */
final class ContentTypeSniffer {

    static final String OCTET_STREAM = "application/octet-stream";

    private ContentTypeSniffer() {
    }

    static String detect(byte[] bytes, String fileName) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return officeType(bytes);
        }
        if (isText(bytes)) {
            return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? "text/csv" : "text/plain";
        }
        return OCTET_STREAM;
    }

    /** An Office Open XML document is a zip whose parts name the application. */
    private static String officeType(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int seen = 0;
            while ((entry = zip.getNextEntry()) != null && seen++ < 2000) {
                String name = entry.getName();
                if (name.startsWith("word/")) {
                    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
                }
                if (name.startsWith("xl/")) {
                    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
                }
                if (name.startsWith("ppt/")) {
                    return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return OCTET_STREAM;
        }
        return "application/zip";
    }

    private static boolean isText(byte[] bytes) {
        if (bytes.length == 0) {
            return false;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
