package dk.ecei.evidence;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.RejectedFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class EvidenceService {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final EvidenceRepository files;
    private final AssessmentService assessments;
    private final EvidenceSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    EvidenceService(EvidenceRepository files, AssessmentService assessments, EvidenceSettings settings, AuditLog audit,
            Clock clock) {
        this.files = files;
        this.assessments = assessments;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Stores a new evidence file for an answer (or for the assessment as a whole when no indicator is named). A file
     * over the size limit or of a type not allowed is refused and nothing is stored; earlier files stay as they were.
     */
    public EvidenceView add(Long assessmentId, String indicatorCode, String fileName, byte[] content) {
        return add(assessmentId, indicatorCode, null, fileName, content);
    }

    /**
     * As {@link #add(Long, String, String, byte[])}, for a file that documents one calendar year: from
     * {@code ecei.evidence.earliest-covered-year} to the current year (otherwise 422 and nothing is stored).
     */
    public EvidenceView add(Long assessmentId, String indicatorCode, Integer coversYear, String fileName, byte[] content) {
        String indicator = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
        assessments.checkEvidenceWritable(assessmentId, indicator);
        int thisYear = Year.now(clock.withZone(DENMARK)).getValue();
        if (coversYear != null && (coversYear < settings.earliestCoveredYear() || coversYear > thisYear)) {
            throw new BusinessRuleException("The year the file covers is out of range", List.of("The file cannot cover "
                    + coversYear + "; give a year from " + settings.earliestCoveredYear() + " to " + thisYear));
        }
        if (content.length == 0) {
            throw RejectedFileException.wrongType("The file is empty");
        }
        if (content.length > settings.maxSize().toBytes()) {
            throw RejectedFileException.tooLarge("The file has " + content.length + " bytes; at most "
                    + settings.maxSize().toBytes() + " are allowed");
        }
        String type = EvidenceTypes.detect(content, fileName);
        if (!settings.allowedTypes().contains(type)) {
            throw RejectedFileException.wrongType("Files of type " + type + " are not accepted; allowed: "
                    + String.join(", ", settings.allowedTypes()));
        }
        String name = safeName(fileName);
        EvidenceFile file = files.saveAndFlush(new EvidenceFile(assessmentId, indicator, coversYear, name, type, content,
                sha256(content), CurrentUser.get().username(), clock.instant()));
        audit.record(AssessmentService.AGGREGATE, assessmentId, "EVIDENCE_ADDED", name + " (" + type + ", "
                + content.length + " bytes, sha256 " + file.view().sha256() + ")" + (indicator == null ? "" : " for " + indicator)
                + (coversYear == null ? "" : ", covering " + coversYear));
        return file.view();
    }

    @Transactional(readOnly = true)
    public List<EvidenceView> list(Long assessmentId) {
        assessments.checkReadable(assessmentId);
        return files.findByAssessmentIdOrderByUploadedAtAscIdAsc(assessmentId).stream().map(EvidenceFile::view).toList();
    }

    @Transactional(readOnly = true)
    public Download download(Long assessmentId, Long fileId) {
        assessments.checkReadable(assessmentId);
        EvidenceFile file = files.findByIdAndAssessmentId(fileId, assessmentId)
                .orElseThrow(() -> new NotFoundException("Evidence file", fileId));
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    /**
     * A renewal keeps the earlier evidence for comparison: the files of the assessment it renews, read-only, for
     * whoever may see the renewal (its cluster's managers, its experts, support staff). None when it renews nothing.
     */
    @Transactional(readOnly = true)
    public List<EvidenceView> previous(Long assessmentId) {
        return assessments.previousAssessmentOf(assessmentId)
                .map(previous -> files.findByAssessmentIdOrderByUploadedAtAscIdAsc(previous).stream().map(EvidenceFile::view).toList())
                .orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Download downloadPrevious(Long assessmentId, Long fileId) {
        Long previous = assessments.previousAssessmentOf(assessmentId)
                .orElseThrow(() -> new NotFoundException("Evidence file", fileId));
        EvidenceFile file = files.findByIdAndAssessmentId(fileId, previous)
                .orElseThrow(() -> new NotFoundException("Evidence file", fileId));
        return new Download(file.getFileName(), file.getContentType(), file.getContent());
    }

    public record Download(String fileName, String contentType, byte[] content) {
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
