package dk.ecei.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * Where the bytes of evidence files live, addressed by their content: the key of a file is its SHA-256 (hex), so the
 * same file uploaded twice is stored once and a key never names two different contents. The database keeps only the
 * metadata and the key. Implementations: a directory (the default, a shared volume for several nodes) and an
 * S3-compatible object store.
 */
interface EvidenceStore {

    /**
     * Reads the stream to its end (or to {@code maxBytes + 1}), writing it to storage while its SHA-256 is computed.
     * Nothing is kept when the stream holds more than {@code maxBytes} bytes ({@link TooLargeException}) or when
     * reading fails.
     */
    Stored put(InputStream content, long maxBytes) throws IOException;

    /** The stored bytes from their start; the caller closes the stream. */
    InputStream open(String key) throws IOException;

    /** The stored bytes from {@code offset} on (for HTTP Range requests), without reading what comes before. */
    InputStream open(String key, long offset) throws IOException;

    boolean exists(String key);

    /** The size in bytes of a stored key, or -1 when nothing is stored under it. */
    long size(String key);

    void delete(String key) throws IOException;

    /** Every stored key with the time it was last written (for the orphan sweep). */
    void forEachKey(Consumer<StoredKey> action) throws IOException;

    record Stored(String key, long size) {

        /** The key is the SHA-256 of the content. */
        String sha256() {
            return key;
        }
    }

    record StoredKey(String key, Instant storedAt) {
    }

    /** The stream held more bytes than allowed; nothing was kept. */
    final class TooLargeException extends IOException {

        private final long limit;

        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }

    /** A key is a lower-case SHA-256 in hex; anything else (a path, "..") is refused before touching storage. */
    static String checkKey(String key) {
        if (key == null || !key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not an evidence key: " + key);
        }
        return key;
    }
}
