package dk.ecei.document;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The documents' settings: the smallest peer group that is shown (below it a group's figures would reveal its
 * members' answers), how long the peer figures may be reused before they are read again (a new benchmark reads them
 * again at once), the issuing body printed on certificates, the public address their QR code points to, and whether
 * labels without a certificate (written before certificates existed) get one at start-up. The two caches (each
 * report's peer statistics kept with the peer figures; the PDF fonts parsed once) can be switched off, which the
 * document bench does to print their effect.
 */
@ConfigurationProperties("ecei.documents")
@Validated
public record DocumentSettings(
        @DefaultValue("5") @Min(2) int minimumPeerGroupSize,
        @DefaultValue("PT10M") Duration peerFiguresMaxAge,
        @DefaultValue("European Secretariat for Cluster Analysis (ESCA)") @NotBlank String issuingBody,
        @DefaultValue("http://localhost:8080") @NotBlank String publicBaseUrl,
        @DefaultValue("true") boolean issueMissingCertificatesAtStart,
        @DefaultValue("true") boolean cachePeerStatistics,
        @DefaultValue("true") boolean reuseFonts) {
}
