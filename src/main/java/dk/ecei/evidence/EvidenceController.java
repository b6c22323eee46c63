package dk.ecei.evidence;

import java.io.IOException;
import java.net.URI;
import java.util.List;
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

@RestController
@RequestMapping("/api/assessments/{assessmentId}/evidence")
class EvidenceController {

    private final EvidenceService evidence;

    EvidenceController(EvidenceService evidence) {
        this.evidence = evidence;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<EvidenceView> upload(@PathVariable Long assessmentId, @RequestPart("file") MultipartFile file,
            @RequestParam(name = "indicatorCode", required = false) String indicatorCode) throws IOException {
        EvidenceView stored = evidence.add(assessmentId, indicatorCode, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/assessments/" + assessmentId + "/evidence/" + stored.id() + "/content"))
                .body(stored);
    }

    @GetMapping
    List<EvidenceView> list(@PathVariable Long assessmentId) {
        return evidence.list(assessmentId);
    }

    @GetMapping("/{fileId}/content")
    ResponseEntity<byte[]> download(@PathVariable Long assessmentId, @PathVariable Long fileId) {
        EvidenceService.Download file = evidence.download(assessmentId, fileId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
