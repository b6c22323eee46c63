package dk.ecei.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Evidence bytes in a directory, one file per content under {@code ab/cd/abcd...} (two levels of hash prefix keep
 * directories small). A file is written to a temporary name in the same directory tree and then moved into place,
 * so a reader (or another node on the shared volume) never sees half a file.
 */
final class DirectoryEvidenceStore implements EvidenceStore {

    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path incoming;
    private final Clock clock;

    DirectoryEvidenceStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        this.clock = clock;
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new IllegalStateException("The evidence directory " + this.root + " cannot be created", e);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public Stored put(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile(incoming, "upload-", ".part");
        try {
            MessageDigest sha256 = sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), sha256)) {
                byte[] buffer = new byte[BUFFER];
                for (int n = content.read(buffer); n >= 0; n = content.read(buffer)) {
                    size += n;
                    if (size > maxBytes) {
                        throw new TooLargeException(maxBytes);
                    }
                    out.write(buffer, 0, n);
                }
            }
            String key = HexFormat.of().formatHex(sha256.digest());
            Path target = path(key);
            Files.createDirectories(target.getParent());
            if (Files.exists(target)) {
                // Same content already stored: keep it, and mark it fresh so the sweep's grace period covers the row
                // that is about to reference it.
                Files.setLastModifiedTime(target, FileTime.from(clock.instant()));
            } else {
                move(temp, target);
            }
            return new Stored(key, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            try {
                Files.move(temp, target);
            } catch (FileAlreadyExistsException sameContent) {
                // Another node stored the same bytes meanwhile.
            }
        } catch (FileAlreadyExistsException sameContent) {
            // Another node stored the same bytes meanwhile.
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        SeekableByteChannel channel = Files.newByteChannel(path(key), StandardOpenOption.READ);
        channel.position(offset);
        return Channels.newInputStream(channel);
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    @Override
    public long size(String key) {
        try {
            return Files.size(path(key));
        } catch (NoSuchFileException e) {
            return -1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(path(key));
    }

    @Override
    public void forEachKey(Consumer<StoredKey> action) throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            files.filter(p -> !p.startsWith(incoming) && Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}"))
                    .forEach(p -> {
                        try {
                            action.accept(new StoredKey(p.getFileName().toString(), Files.getLastModifiedTime(p).toInstant()));
                        } catch (NoSuchFileException gone) {
                            // Deleted while we walked.
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
        }
    }

    private Path path(String key) {
        EvidenceStore.checkKey(key);
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
