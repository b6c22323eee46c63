package dk.ecei.evidence;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.RejectedFileException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
public class EvidenceService {

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
        String indicator = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
        assessments.checkEvidenceWritable(assessmentId, indicator);
        if (content.length == 0) {
            throw RejectedFileException.wrongType("The file is empty");
        }
        if (content.length > settings.maxSize().toBytes()) {
            throw RejectedFileException.tooLarge("The file has " + content.length + " bytes; at most "
                    + settings.maxSize().toBytes() + " are allowed");
        }
        String type = ContentTypeSniffer.detect(content, fileName);
        if (!settings.allowedTypes().contains(type)) {
            throw RejectedFileException.wrongType("Files of type " + type + " are not accepted; allowed: "
                    + String.join(", ", settings.allowedTypes()));
        }
        String name = safeName(fileName);
        EvidenceFile file = files.saveAndFlush(new EvidenceFile(assessmentId, indicator, name, type, content,
                sha256(content), CurrentUser.get().username(), clock.instant()));
        audit.record(AssessmentService.AGGREGATE, assessmentId, "EVIDENCE_ADDED", name + " (" + type + ", "
                + content.length + " bytes, sha256 " + file.view().sha256() + ")" + (indicator == null ? "" : " for " + indicator));
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
