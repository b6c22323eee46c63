package dk.ecei.evidence;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentStatus;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.RejectedFileException;
import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Service
@Transactional
public class EvidenceService {

    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final EvidenceRepository files;
    private final AssessmentService assessments;
    private final EvidenceSettings settings;
    private final AuditLog audit;
    private final Clock clock;
    private final EvidenceStore store;
    private final TransactionTemplate writes;

    EvidenceService(EvidenceRepository files, AssessmentService assessments, EvidenceSettings settings, AuditLog audit,
            Clock clock, EvidenceStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.writes = new TransactionTemplate(transactions);
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
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EvidenceView add(Long assessmentId, String indicatorCode, String fileName, InputStream content) {
        return add(assessmentId, indicatorCode, null, fileName, content);
    }

    /**
     * As {@link #add(Long, String, String, InputStream)}, for a file that documents one calendar year: from
     * {@code ecei.evidence.earliest-covered-year} to the current year (otherwise 422 and nothing is stored).
     * The stream is read once, into the store, while its SHA-256 is computed; no transaction (and no database
     * connection) is held while the bytes flow, only for the row written afterwards.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EvidenceView add(Long assessmentId, String indicatorCode, Integer coversYear, String fileName, InputStream content) {
        String indicator = indicatorCode == null || indicatorCode.isBlank() ? null : indicatorCode.strip();
        assessments.checkEvidenceWritable(assessmentId, indicator);
        checkYear(coversYear);
        Upload upload = store(fileName, content);
        return writes.execute(tx -> record(assessmentId, indicator, coversYear, upload, "EVIDENCE_ADDED", List.of()).view());
    }

    /**
     * A file sent with the answer to the open clarification round (the expert asked for a document): evidence for the
     * assessment as a whole, marked with the round. 409 unless that round is open and waits for the cluster's answer.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EvidenceView addToClarification(Long assessmentId, int round, String fileName, InputStream content) {
        assessments.checkEvidenceWritable(assessmentId, null);
        AssessmentView assessment = assessments.get(assessmentId);
        List<AssessmentView.Clarification> rounds = assessment.clarifications();
        AssessmentView.Clarification open = rounds.isEmpty() ? null : rounds.get(rounds.size() - 1);
        if (assessment.status() != AssessmentStatus.CLARIFICATION_REQUESTED || open == null || open.round() != round
                || open.response() != null) {
            throw IllegalStateChangeException.of("roundNotWaiting", String.valueOf(round),
                    String.valueOf(assessmentId));
        }
        Upload upload = store(fileName, content);
        return writes.execute(tx -> {
            EvidenceFile file = files.saveAndFlush(new EvidenceFile(assessmentId, null, null, upload.name(), upload.type(),
                    upload.stored(), CurrentUser.get().username(), clock.instant()).answering(round));
            audit.record(AssessmentService.AGGREGATE, assessmentId, "EVIDENCE_ADDED", Violation.of("trail.detail.evidenceForRound",
                    upload.name() + " (#" + file.getId() + ", " + upload.type() + ", " + upload.stored().size() + " bytes, sha256 "
                    + upload.stored().key() + ") for clarification round " + round, upload.name(), round));
            return file.view();
        });
    }

    /**
     * Withdraws a file while the answers may still change (the same steps that may add evidence); the row stays,
     * marked with who, when and why, and the change is audited. 409 when the step no longer allows changes or the
     * file was already withdrawn.
     */
    public EvidenceView withdraw(Long assessmentId, Long fileId, String reason) {
        EvidenceFile file = files.findByIdAndAssessmentId(fileId, assessmentId)
                .orElseThrow(() -> NotFoundException.of("evidenceFile", fileId));
        assessments.checkEvidenceWritable(assessmentId, file.getIndicatorCode());
        String why = reason(reason);
        file.withdraw(CurrentUser.get().username(), clock.instant(), why, null);
        files.saveAndFlush(file);
        List<Violation> detail = new java.util.ArrayList<>(List.of(Violation.of("trail.detail.evidenceWithdrawn",
                file.getFileName() + " (#" + fileId + ")", file.getFileName())));
        if (why != null) {
            detail.add(Violation.text(": " + why));
        }
        audit.record(AssessmentService.AGGREGATE, assessmentId, "EVIDENCE_WITHDRAWN", detail);
        return file.view();
    }

    /**
     * Replaces a file by a new upload for the same answer and year: the new file is stored and checked like any
     * upload, the old one is withdrawn pointing at it; both in one transaction, so either both or neither happen.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public EvidenceView replace(Long assessmentId, Long fileId, String reason, String fileName, InputStream content) {
        EvidenceView old = writes.execute(tx -> files.findByIdAndAssessmentId(fileId, assessmentId)
                .orElseThrow(() -> NotFoundException.of("evidenceFile", fileId)).view());
        assessments.checkEvidenceWritable(assessmentId, old.indicatorCode());
        if (old.withdrawn()) {
            throw IllegalStateChangeException.of("evidenceWithdrawn", String.valueOf(fileId));
        }
        String why = reason(reason);
        Upload upload = store(fileName, content);
        return writes.execute(tx -> {
            EvidenceFile replacement = record(assessmentId, old.indicatorCode(), old.coversYear(), upload,
                    "EVIDENCE_REPLACED", why == null
                            ? List.of(Violation.of("trail.detail.replacing", ", replacing " + old.fileName() + " (#" + fileId + ")", old.fileName()))
                            : List.of(Violation.of("trail.detail.replacing", ", replacing " + old.fileName() + " (#" + fileId + ")", old.fileName()),
                                    Violation.text(": " + why)));
            EvidenceFile previous = files.findByIdAndAssessmentId(fileId, assessmentId).orElseThrow();
            previous.withdraw(CurrentUser.get().username(), clock.instant(), why, replacement.getId());
            files.saveAndFlush(previous);
            return replacement.view();
        });
    }

    private record Upload(String name, String type, EvidenceStore.Stored stored) {
    }

    private void checkYear(Integer coversYear) {
        int thisYear = Year.now(clock.withZone(DENMARK)).getValue();
        if (coversYear != null && (coversYear < settings.earliestCoveredYear() || coversYear > thisYear)) {
            throw BusinessRuleException.violated("The year the file covers is out of range", List.of(Violation.at("coversYear",
                    "rule.evidence.coversYear", "The file cannot cover " + coversYear + "; give a year from "
                    + settings.earliestCoveredYear() + " to " + thisYear, coversYear, settings.earliestCoveredYear(), thisYear)));
        }
    }

    /**
     * The type is read from the first bytes (Tika, on a marked buffer) before anything is written, so a refused type
     * stores nothing; the size is enforced while the bytes stream into the store, which keeps nothing when the
     * limit is passed.
     */
    private Upload store(String fileName, InputStream content) {
        try (InputStream in = new BufferedInputStream(content, EvidenceTypes.HEAD)) {
            in.mark(1);
            if (in.read() < 0) {
                throw RejectedFileException.wrongType(Violation.of("problem.file.empty", null));
            }
            in.reset();
            String type = EvidenceTypes.detect(in, fileName);
            if (!settings.allowedTypes().contains(type)) {
                throw RejectedFileException.wrongType(Violation.of("problem.file.type", null, type,
                        String.join(", ", settings.allowedTypes())));
            }
            long max = settings.maxSize().toBytes();
            try {
                return new Upload(safeName(fileName), type, store.put(in, max));
            } catch (EvidenceStore.TooLargeException e) {
                throw RejectedFileException.tooLarge(Violation.of("problem.file.tooLarge", null, max));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The evidence file could not be stored", e);
        }
    }

    private EvidenceFile record(Long assessmentId, String indicator, Integer coversYear, Upload upload, String action,
            List<Violation> more) {
        EvidenceFile file = files.saveAndFlush(new EvidenceFile(assessmentId, indicator, coversYear, upload.name(),
                upload.type(), upload.stored(), CurrentUser.get().username(), clock.instant()));
        String text = upload.name() + " (#" + file.getId() + ", " + upload.type() + ", " + upload.stored().size() + " bytes, sha256 "
                + upload.stored().key() + ")" + (indicator == null ? "" : " for " + indicator)
                + (coversYear == null ? "" : ", covering " + coversYear);
        List<Violation> detail = new java.util.ArrayList<>(List.of(indicator == null
                ? Violation.of("trail.detail.evidence", text, upload.name())
                : coversYear == null ? Violation.of("trail.detail.evidenceFor", text, upload.name(), indicator)
                : Violation.of("trail.detail.evidenceForYear", text, upload.name(), indicator, String.valueOf(coversYear))));
        detail.addAll(more);
        audit.record(AssessmentService.AGGREGATE, assessmentId, action, detail);
        return file;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            return null;
        }
        String why = reason.replaceAll("\\p{Cntrl}", " ").strip();
        return why.length() > 500 ? why.substring(0, 500) : why;
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
                .orElseThrow(() -> NotFoundException.of("evidenceFile", fileId));
        return download(file);
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
                .orElseThrow(() -> NotFoundException.of("evidenceFile", fileId));
        EvidenceFile file = files.findByIdAndAssessmentId(fileId, previous)
                .orElseThrow(() -> NotFoundException.of("evidenceFile", fileId));
        return download(file);
    }

    private Download download(EvidenceFile file) {
        return new Download(file.getFileName(), file.getContentType(), file.getSizeBytes(),
                new StoredResource(store, file.storeKey(), file.getSizeBytes(), file.getFileName()));
    }

    /** A file to send: its bytes stream from the store when the response is written (with Range support). */
    public record Download(String fileName, String contentType, long size, Resource content) {
    }

    private static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "evidence";
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
