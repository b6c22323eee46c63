package dk.ecei.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on evidence files: the largest size, the content types (as read from the bytes) that are accepted, and the
 * earliest year a file may say it covers (the latest is the current year: nothing documents the future); where the
 * bytes are stored, and how the sweep finds bytes that no evidence row references any more.
 */
@Validated
@ConfigurationProperties("ecei.evidence")
public record EvidenceSettings(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/png", "image/jpeg"}) List<String> allowedTypes,
        @DefaultValue("2000") int earliestCoveredYear,
        @Valid @NotNull @DefaultValue Store store,
        @Valid @NotNull @DefaultValue Sweep sweep) {

    /** Type {@code directory} (default; a shared volume when several nodes run) or {@code s3}. */
    public record Store(
            @NotNull @DefaultValue("directory") StoreType type,
            @NotNull @DefaultValue("./data/evidence") Path directory,
            @Valid @NotNull @DefaultValue S3 s3) {
    }

    public enum StoreType { DIRECTORY, S3 }

    /** An S3-compatible object store; path-style addressing so MinIO, S3Proxy and Ceph work too. */
    public record S3(URI endpoint, @DefaultValue("eu-north-1") String region, String bucket, String accessKey,
            String secretKey) {
    }

    /**
     * Bytes without a row are removed once older than {@code grace} (an upload writes its bytes before its row
     * commits, so younger ones may still be referenced); the sweep runs every {@code interval}.
     */
    public record Sweep(@DefaultValue("PT6H") Duration interval, @DefaultValue("PT24H") Duration grace) {
    }
}
