package dk.ecei.evidence;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks at start-up that the evidence limit fits everything a file passes through: the multipart parser must let a
 * file of the limit through (else it refuses it with a different size), and the evidence store must have room for
 * one (a directory's free space; an object store has no such figure). The database keeps metadata only, so its
 * packet size no longer limits a file. A setting that does not fit stops the start with the reason, rather than
 * failing every large upload later.
 */
@Component
class EvidenceLimits {

    private static final Logger log = LoggerFactory.getLogger(EvidenceLimits.class);

    EvidenceLimits(EvidenceSettings settings, MultipartProperties multipart, EvidenceStore store) {
        Long free = store instanceof DirectoryEvidenceStore directory ? freeSpace(directory.root()) : null;
        List<String> problems = problems(settings.maxSize(), multipart.getMaxFileSize(), multipart.getMaxRequestSize(),
                free);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The evidence limits do not fit: " + String.join("; ", problems));
        }
        log.info("Evidence files up to {} bytes (multipart limit {}, free in the store {})", settings.maxSize().toBytes(),
                multipart.getMaxFileSize(), free == null ? "not known" : free);
    }

    static List<String> problems(DataSize maxSize, DataSize multipartFile, DataSize multipartRequest, Long storeFree) {
        List<String> problems = new ArrayList<>();
        long max = maxSize.toBytes();
        if (multipartFile != null && multipartFile.toBytes() >= 0 && multipartFile.toBytes() < max) {
            problems.add("spring.servlet.multipart.max-file-size (" + multipartFile + ") is below ecei.evidence.max-size ("
                    + maxSize + ")");
        }
        if (multipartRequest != null && multipartRequest.toBytes() >= 0 && multipartRequest.toBytes() < max) {
            problems.add("spring.servlet.multipart.max-request-size (" + multipartRequest
                    + ") is below ecei.evidence.max-size (" + maxSize + ")");
        }
        if (storeFree != null && storeFree < max) {
            problems.add("the evidence store has " + storeFree + " bytes free, less than one file of "
                    + "ecei.evidence.max-size (" + maxSize + ")");
        }
        return problems;
    }

    private static Long freeSpace(java.nio.file.Path root) {
        try {
            return java.nio.file.Files.getFileStore(root).getUsableSpace();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The evidence directory " + root + " cannot be read", e);
        }
    }
}
