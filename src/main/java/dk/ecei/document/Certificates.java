package dk.ecei.document;

import dk.ecei.assessment.LabelAwarded;
import dk.ecei.cluster.ClusterService;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelStatus;
import dk.ecei.label.LabelView;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates: one per label, issued when the label is written, looked up in public by its number. The state a
 * verification tells is read from the label at that moment, so a withdrawn or expired label's certificate says so.
 */
@Service
@Transactional
public class Certificates {

    static final String AGGREGATE = "Certificate";
    /** No 0/O, 1/I/L: a number read aloud or typed from paper is not mistaken. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificateRepository certificates;
    private final LabelRegister labels;
    private final ClusterService clusters;
    private final AuditLog audit;
    private final DocumentSettings settings;
    private final Clock clock;

    Certificates(CertificateRepository certificates, LabelRegister labels, ClusterService clusters, AuditLog audit,
            DocumentSettings settings, Clock clock) {
        this.certificates = certificates;
        this.labels = labels;
        this.clusters = clusters;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(LabelAwarded awarded) {
        issue(awarded.labelId());
    }

    /** The label's certificate, issued now unless it already has one (a redelivered event issues nothing twice). */
    public String issue(Long labelId) {
        Optional<Certificate> existing = certificates.findByLabelId(labelId);
        if (existing.isPresent()) {
            return existing.get().getNumber();
        }
        return issue(labels.get(labelId), "ISSUED");
    }

    /**
     * Certificates for the labels of {@code labelIds} that have none (labels written before certificates existed,
     * such as the 2016 register), each audited as issued afterwards; returns how many were issued.
     */
    int issueMissing(java.util.Collection<Long> labelIds) {
        if (labelIds.isEmpty()) {
            return 0;
        }
        // The batch's certificates only: reading every certificate for each batch made a start-up's backfill quadratic
        // in the register (at 2,500 clusters 58 reads of 5,700 rows on average, at 25,000 575 of 57,000).
        java.util.Set<Long> issued = new java.util.HashSet<>(certificates.labelIdsAmong(labelIds));
        List<Long> missing = labelIds.stream().filter(id -> !issued.contains(id)).toList();
        List<LabelView> found = labels.byIds(missing);
        found.forEach(label -> issue(label, "ISSUED_AFTERWARDS"));
        return found.size();
    }

    private String issue(LabelView label, String action) {
        String number = "ECEI-" + label.level().name().charAt(0) + label.awardedOn().getYear() + "-" + random(8);
        Certificate certificate = certificates.save(new Certificate(number, label.id(), label.clusterId(),
                label.assessmentId(), label.level(), label.awardedOn(), label.validUntil(), clock.instant()));
        audit.record(AGGREGATE, certificate.getId(), action, Violation.of("trail.detail.certificateIssued",
                number + " for label " + label.id() + ", " + label.level() + " " + label.awardedOn() + " to " + label.validUntil(),
                number, Violation.named("level." + label.level().name(), label.level().name()), label.awardedOn(), label.validUntil()));
        return number;
    }

    /** Anybody's look-up by number: the state today and what the certificate states, nothing more. */
    @Transactional(readOnly = true)
    public Verification verify(String number) {
        Certificate c = find(number);
        LabelView label = labels.get(c.getLabelId());
        LocalDate today = LocalDate.now(clock);
        return new Verification(c.getNumber(), label.clusterName(), c.getLevel(), c.getValidFrom(), c.getValidUntil(),
                state(c, label, today), today);
    }

    /** The certificate for printing: the cluster's managers and support staff only (others: not found). */
    @Transactional(readOnly = true)
    public CertificateView get(String number) {
        Certificate c = find(number);
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff() && !user.managesCluster(c.getClusterId())) {
            throw NotFoundException.of("certificate", number);
        }
        return view(c);
    }

    /** The certificate of a label the caller may see (the pages link to it), if issued. */
    @Transactional(readOnly = true)
    public Optional<CertificateView> ofLabel(Long labelId) {
        CurrentUser user = CurrentUser.get();
        return certificates.findByLabelId(labelId)
                .filter(c -> user.isSupportStaff() || user.managesCluster(c.getClusterId())).map(this::view);
    }

    /** Support staff set the date the certificate is valid from, with a reason; audited with the old date. */
    public CertificateView redate(String number, LocalDate validFrom, String reason) {
        return redate(number, validFrom, null, reason);
    }

    /**
     * Support staff set the period the certificate states, with a reason; {@code validUntil} null keeps the end the
     * rule computed. A new end is the label's too (the register, the nightly expiry and the verification agree).
     * Audited with the old dates.
     */
    public CertificateView redate(String number, LocalDate validFrom, LocalDate validUntil, String reason) {
        if (!CurrentUser.get().isSupportStaff()) {
            throw NotFoundException.of("certificate", number);
        }
        Certificate c = find(number);
        LocalDate fromBefore = c.getValidFrom();
        LocalDate untilBefore = c.getValidUntil();
        c.redate(validFrom, validUntil, reason);
        if (!c.getValidUntil().equals(untilBefore)) {
            labels.setValidUntil(c.getLabelId(), c.getValidUntil(), reason);
        }
        certificates.flush();
        audit.record(AGGREGATE, c.getId(), "REDATED", Violation.of("trail.detail.certificateRedated",
                "valid from " + fromBefore + " -> " + c.getValidFrom() + ", until " + untilBefore + " -> " + c.getValidUntil() + ": ",
                fromBefore, c.getValidFrom(), untilBefore, c.getValidUntil()), Violation.text(reason.strip()));
        return view(c);
    }

    private CertificateView view(Certificate c) {
        LabelView label = labels.get(c.getLabelId());
        return new CertificateView(c.getNumber(), c.getLabelId(), c.getClusterId(), label.clusterName(),
                c.getAssessmentId(), c.getLevel(), c.getValidFrom(), c.getValidUntil(), settings.issuingBody(),
                verificationUrl(c.getNumber()), state(c, label, LocalDate.now(clock)), c.getDateReason(),
                QrCodes.pngDataUri(verificationUrl(c.getNumber()), 4));
    }

    String verificationUrl(String number) {
        String base = settings.publicBaseUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/verify/" + number;
    }

    static Verification.State state(Certificate c, LabelView label, LocalDate today) {
        if (label.status() == LabelStatus.WITHDRAWN) {
            return Verification.State.WITHDRAWN;
        }
        if (label.status() == LabelStatus.EXPIRED || today.isAfter(c.getValidUntil())) {
            return Verification.State.EXPIRED;
        }
        return today.isBefore(c.getValidFrom()) ? Verification.State.NOT_YET_VALID : Verification.State.VALID;
    }

    private Certificate find(String number) {
        return certificates.findByNumber(number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT))
                .orElseThrow(() -> NotFoundException.of("certificate", number));
    }

    private static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
