package dk.ecei.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import dk.ecei.shared.ReadProblems;
import dk.ecei.shared.WriteProblems;
import dk.ecei.shared.InvalidFieldException;
import dk.ecei.shared.InputBounds;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@Tag(name = "Evidence", description = "Files that document an assessment's answers")
@RestController
@RequestMapping("/api/assessments/{assessmentId}")
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @Operation(summary = "Upload an evidence file")
    @WriteProblems
    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> upload(@PathVariable Long assessmentId, @RequestPart("file") MultipartFile file,
            @RequestParam(name = "indicatorCode", required = false) String indicatorCode,
            @RequestParam(name = "coversYear", required = false) Integer coversYear) throws IOException {
        String fileName = InputBounds.requireSafeFileName("file", file.getOriginalFilename());
        if (indicatorCode != null && (indicatorCode.length() > 20 || indicatorCode.codePoints().anyMatch(Character::isISOControl))) {
            throw new InvalidFieldException("indicatorCode", "input.type");
        }
        EvidenceView stored;
        try (java.io.InputStream content = file.getInputStream()) {
            stored = evidence.add(assessmentId, indicatorCode, coversYear, fileName, content);
        }
        return ResponseEntity.created(URI.create("/api/assessments/" + assessmentId + "/evidence/" + stored.id() + "/content"))
                .body(stored);
    }

    /** A file for the answer to the open clarification round (send it before the answer itself). */
    @Operation(summary = "Upload a file with a clarification answer")
    @WriteProblems
    @PostMapping(path = "/clarifications/{round}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> uploadForClarification(@PathVariable Long assessmentId, @PathVariable int round,
            @RequestPart("file") MultipartFile file) throws IOException {
        String fileName = InputBounds.requireSafeFileName("file", file.getOriginalFilename());
        EvidenceView stored;
        try (java.io.InputStream content = file.getInputStream()) {
            stored = evidence.addToClarification(assessmentId, round, fileName, content);
        }
        return ResponseEntity.created(URI.create("/api/assessments/" + assessmentId + "/evidence/" + stored.id() + "/content"))
                .body(stored);
    }

    /** Withdraws a file (it stays listed, marked); 409 when the step no longer allows changes. */
    @Operation(summary = "Withdraw an evidence file with a reason")
    @WriteProblems
    @PostMapping("/evidence/{fileId}/withdrawal")
    EvidenceView withdraw(@PathVariable Long assessmentId, @PathVariable Long fileId,
            @RequestParam(name = "reason", required = false) String reason) {
        return evidence.withdraw(assessmentId, fileId, reason);
    }

    /** Replaces a file by a new upload for the same answer and year; the old one is withdrawn pointing at it. */
    @Operation(summary = "Replace an evidence file with a new version")
    @WriteProblems
    @PostMapping(path = "/evidence/{fileId}/replacement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> replace(@PathVariable Long assessmentId, @PathVariable Long fileId,
            @RequestPart("file") MultipartFile file, @RequestParam(name = "reason", required = false) String reason)
            throws IOException {
        String fileName = InputBounds.requireSafeFileName("file", file.getOriginalFilename());
        EvidenceView stored;
        try (java.io.InputStream content = file.getInputStream()) {
            stored = evidence.replace(assessmentId, fileId, reason, fileName, content);
        }
        return ResponseEntity.created(URI.create("/api/assessments/" + assessmentId + "/evidence/" + stored.id() + "/content"))
                .body(stored);
    }

    @Operation(summary = "The evidence of an assessment")
    @ReadProblems
    @GetMapping("/evidence")
    List<EvidenceView> list(@PathVariable Long assessmentId) {
        return evidence.list(assessmentId);
    }

    @Operation(summary = "The content of an evidence file")
    @ReadProblems
    @GetMapping("/evidence/{fileId}/content")
    ResponseEntity<Resource> download(@PathVariable Long assessmentId, @PathVariable Long fileId) {
        return attachment(evidence.download(assessmentId, fileId));
    }

    /** A renewal's view of the evidence of the assessment it renews (read-only). */
    @Operation(summary = "The evidence of the assessment a renewal follows")
    @ReadProblems
    @GetMapping("/previous-evidence")
    List<EvidenceView> previous(@PathVariable Long assessmentId) {
        return evidence.previous(assessmentId);
    }

    @Operation(summary = "The content of an earlier assessment's file")
    @ReadProblems
    @GetMapping("/previous-evidence/{fileId}/content")
    ResponseEntity<Resource> downloadPrevious(@PathVariable Long assessmentId, @PathVariable Long fileId) {
        return attachment(evidence.downloadPrevious(assessmentId, fileId));
    }

    /** A resource body: Spring answers a Range request with 206 and the asked part (Accept-Ranges: bytes). */
    private static ResponseEntity<Resource> attachment(EvidenceService.Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
