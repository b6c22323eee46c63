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
 * file of the limit through (else it refuses it with a different size) and has room to spool one to disk (its
 * location, by default the temporary directory); the evidence store must have room for one (a directory's free
 * space), and an S3 store, which stages each upload in the temporary directory and sends it in one PUT, needs room
 * there and a limit within the 5 GiB one PUT may carry. The database keeps metadata only, so its packet size no longer
 * limits a file. A setting that does not fit stops the start with the reason, rather than failing every large upload
 * later.
 */
@Component
class EvidenceLimits {

    private static final Logger log = LoggerFactory.getLogger(EvidenceLimits.class);

    /** The largest object one S3 PUT may carry (5 GiB); larger ones need a multipart upload, which the store does not do. */
    static final long S3_SINGLE_PUT = 5L * 1024 * 1024 * 1024;

    EvidenceLimits(EvidenceSettings settings, MultipartProperties multipart, EvidenceStore store) {
        Long free = store instanceof DirectoryEvidenceStore directory ? freeSpace(directory.root()) : null;
        java.nio.file.Path spool = multipart.getLocation() == null || multipart.getLocation().isBlank()
                ? java.nio.file.Path.of(System.getProperty("java.io.tmpdir")) : java.nio.file.Path.of(multipart.getLocation());
        Long spoolFree = java.nio.file.Files.isDirectory(spool) ? freeSpace(spool) : null;
        boolean s3 = store instanceof S3EvidenceStore;
        Long stagingFree = s3 ? freeSpace(java.nio.file.Path.of(System.getProperty("java.io.tmpdir"))) : null;
        List<String> problems = problems(settings.maxSize(), multipart.getMaxFileSize(), multipart.getMaxRequestSize(),
                free);
        problems.addAll(spoolAndObjectProblems(settings.maxSize(), spoolFree, stagingFree, s3 ? S3_SINGLE_PUT : null));
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

    /**
     * Where a file waits on its way in: the parser's spool directory and, for S3, the staging directory (both null
     * when not known), and the largest object the store takes in one request (null: no such limit).
     */
    static List<String> spoolAndObjectProblems(DataSize maxSize, Long spoolFree, Long stagingFree, Long objectLimit) {
        List<String> problems = new ArrayList<>();
        long max = maxSize.toBytes();
        if (spoolFree != null && spoolFree < max) {
            problems.add("the multipart parser's directory (spring.servlet.multipart.location, else java.io.tmpdir) has "
                    + spoolFree + " bytes free, less than one file of ecei.evidence.max-size (" + maxSize + ")");
        }
        if (stagingFree != null && stagingFree < max) {
            problems.add("the S3 store stages uploads in java.io.tmpdir, which has " + stagingFree
                    + " bytes free, less than one file of ecei.evidence.max-size (" + maxSize + ")");
        }
        if (objectLimit != null && max > objectLimit) {
            problems.add("ecei.evidence.max-size (" + maxSize + ") is above the " + objectLimit
                    + " bytes one S3 PUT may carry");
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
