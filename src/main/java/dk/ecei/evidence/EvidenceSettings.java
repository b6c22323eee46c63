package dk.ecei.evidence;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on evidence files: the largest size, the content types (as read from the bytes) that are accepted, and the
 * earliest year a file may say it covers (the latest is the current year: nothing documents the future).
 */
@ConfigurationProperties("ecei.evidence")
public record EvidenceSettings(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/png", "image/jpeg"}) List<String> allowedTypes,
        @DefaultValue("2000") int earliestCoveredYear) {
}
