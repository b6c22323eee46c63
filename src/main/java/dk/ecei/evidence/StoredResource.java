package dk.ecei.evidence;

import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.io.AbstractResource;

/**
 * Stored evidence bytes as a Spring resource, so a response streams them (and Spring answers a Range request with
 * 206). The stream opens lazily: a skip before the first read (how Spring serves a range) becomes the offset the
 * store opens at, so neither a file nor an object is read up to the range.
 */
final class StoredResource extends AbstractResource {

    private final EvidenceStore store;
    private final String key;
    private final long size;
    private final String description;

    StoredResource(EvidenceStore store, String key, long size, String description) {
        this.store = store;
        this.key = key;
        this.size = size;
        this.description = description;
    }

    @Override
    public InputStream getInputStream() {
        return new LazyStream();
    }

    @Override
    public long contentLength() {
        return size;
    }

    @Override
    public boolean exists() {
        return store.exists(key);
    }

    @Override
    public String getDescription() {
        return "evidence " + description;
    }

    private final class LazyStream extends InputStream {

        private long offset;
        private InputStream delegate;

        private InputStream delegate() throws IOException {
            if (delegate == null) {
                delegate = offset == 0 ? store.open(key) : store.open(key, offset);
            }
            return delegate;
        }

        @Override
        public long skip(long n) throws IOException {
            if (delegate != null) {
                return delegate.skip(n);
            }
            long skipped = Math.max(0, Math.min(n, size - offset));
            offset += skipped;
            return skipped;
        }

        @Override
        public int read() throws IOException {
            return delegate().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return delegate().read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            if (delegate != null) {
                delegate.close();
            }
        }
    }
}
