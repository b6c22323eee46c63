package dk.ecei.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.MetadataDirective;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Evidence bytes as objects in an S3-compatible bucket, named by their SHA-256. The key is only known once the
 * whole upload has been read, so the bytes go to a temporary file first (hashed and counted on the way, never held
 * in memory) and then to the bucket under their key; bytes already there are not sent again.
 */
final class S3EvidenceStore implements EvidenceStore {

    private static final int BUFFER = 64 * 1024;

    private final S3Client s3;
    private final String bucket;

    S3EvidenceStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    static S3EvidenceStore of(EvidenceSettings.S3 settings) {
        if (settings.endpoint() == null || settings.bucket() == null || settings.accessKey() == null
                || settings.secretKey() == null) {
            throw new IllegalStateException("ecei.evidence.store.type=s3 needs ecei.evidence.store.s3.endpoint, bucket,"
                    + " access-key and secret-key");
        }
        S3Client client = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                // Path-style and checksums only where required: what S3-compatible servers (MinIO, S3Proxy, Ceph) take.
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        return new S3EvidenceStore(client, settings.bucket());
    }

    @Override
    public Stored put(InputStream content, long maxBytes) throws IOException {
        Path temp = Files.createTempFile("ecei-evidence-", ".part");
        try {
            MessageDigest sha256 = DirectoryEvidenceStore.sha256();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
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
            try {
                if (exists(key)) {
                    // Refresh its time (a copy onto itself) so the sweep's grace covers the row about to use it.
                    s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(key).destinationBucket(bucket).destinationKey(key)
                            .metadataDirective(MetadataDirective.REPLACE));
                } else {
                    long length = Files.size(temp);
                    s3.putObject(b -> b.bucket(bucket).key(key).contentLength(length), RequestBody.fromFile(temp));
                }
            } catch (S3Exception e) {
                throw new IOException("The evidence bucket refused " + key, e);
            }
            return new Stored(key, size);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        EvidenceStore.checkKey(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(key);
        }
    }

    @Override
    public InputStream open(String key, long offset) throws IOException {
        EvidenceStore.checkKey(key);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key).range("bytes=" + offset + "-"));
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException(key);
        }
    }

    @Override
    public boolean exists(String key) {
        return size(key) >= 0;
    }

    @Override
    public long size(String key) {
        EvidenceStore.checkKey(key);
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key)).contentLength();
        } catch (NoSuchKeyException e) {
            return -1;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return -1;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        EvidenceStore.checkKey(key);
        s3.deleteObject(b -> b.bucket(bucket).key(key));
    }

    @Override
    public void forEachKey(Consumer<StoredKey> action) {
        s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .filter(o -> o.key().matches("[0-9a-f]{64}"))
                .forEach(o -> action.accept(new StoredKey(o.key(), o.lastModified())));
    }
}
