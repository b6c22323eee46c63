package dk.ecei.document;

import dk.ecei.label.LabelLevel;
import java.time.LocalDate;

/**
 * A certificate as printed: who holds which level for which period, who issued it and where to verify it (the URL and
 * its QR code as a PNG data URI).
 */
public record CertificateView(String number, Long labelId, Long clusterId, String clusterName, Long assessmentId,
        LabelLevel level, LocalDate validFrom, LocalDate validUntil, String issuingBody, String verificationUrl,
        Verification.State state, String dateReason, String qrCode) {
}
