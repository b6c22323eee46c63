package dk.ecei.evidence;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks at start-up that the evidence limit fits everything a file passes through: the multipart parser must let a
 * file of the limit through (else it refuses it with a different size), and the database must take one in a
 * statement (MariaDB's max_allowed_packet; above it the server drops the connection mid-upload). A setting that does
 * not fit stops the start with the reason, rather than failing every large upload later.
 */
@Component
class EvidenceLimits {

    private static final Logger log = LoggerFactory.getLogger(EvidenceLimits.class);

    /** Room in a packet for the rest of the insert statement besides the file itself. */
    static final long STATEMENT_OVERHEAD = 64 * 1024;

    EvidenceLimits(EvidenceSettings settings, MultipartProperties multipart, JdbcTemplate jdbc) {
        Long maxPacket = maxAllowedPacket(jdbc);
        List<String> problems = problems(settings.maxSize(), multipart.getMaxFileSize(), multipart.getMaxRequestSize(),
                maxPacket);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The evidence limits do not fit: " + String.join("; ", problems));
        }
        log.info("Evidence files up to {} bytes (multipart limit {}, database packet {})", settings.maxSize().toBytes(),
                multipart.getMaxFileSize(), maxPacket == null ? "not limited" : maxPacket);
    }

    static List<String> problems(DataSize maxSize, DataSize multipartFile, DataSize multipartRequest, Long maxPacket) {
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
        if (maxPacket != null && maxPacket < max + STATEMENT_OVERHEAD) {
            problems.add("the database's max_allowed_packet (" + maxPacket + " bytes) cannot hold a file of "
                    + "ecei.evidence.max-size (" + maxSize + "); raise it to at least " + (max + STATEMENT_OVERHEAD));
        }
        return problems;
    }

    /** MariaDB/MySQL say how large one statement may be; other databases (H2 of the demo) have no such limit. */
    private static Long maxAllowedPacket(JdbcTemplate jdbc) {
        try {
            return jdbc.queryForObject("select @@max_allowed_packet", Long.class);
        } catch (DataAccessException e) {
            return null;
        }
    }
}
