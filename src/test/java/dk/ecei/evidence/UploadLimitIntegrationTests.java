package dk.ecei.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A file over the limit is refused with 413 problem+json while it streams in: the answer comes long before the client
 * has sent the whole body (the real server on a port, a raw socket that keeps writing and counts what it wrote).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UploadLimitIntegrationTests {

    private static final long FILE = 60L * 1024 * 1024;

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    EvidenceStore store;

    private java.util.List<String> storedKeys() throws IOException {
        java.util.List<String> keys = new java.util.ArrayList<>();
        store.forEachKey(k -> keys.add(k.key()));
        return keys;
    }

    @Test
    void aFileOverTheLimitIsRefusedBeforeTheWholeBodyIsRead() throws Exception {
        String boundary = "----ecei" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + FILE + tail.length;
        AtomicLong written = new AtomicLong();
        java.util.List<String> before = storedKeys();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/assessments/1/evidence HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString("support:demo".getBytes(StandardCharsets.UTF_8))
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: " + length
                    + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            Thread writer = new Thread(() -> {
                byte[] chunk = new byte[64 * 1024];
                try {
                    while (written.get() < FILE) {
                        out.write(chunk);
                        written.addAndGet(chunk.length);
                    }
                    out.write(tail);
                } catch (IOException e) {
                    // The server closed the connection after refusing: the rest of the body is never read.
                }
            });
            writer.setDaemon(true);
            writer.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            String status = in.readLine();
            long writtenWhenAnswered = written.get();
            StringBuilder response = new StringBuilder();
            for (String line = in.readLine(); line != null && response.length() < 10_000; line = in.readLine()) {
                response.append(line).append('\n');
                if (line.contains("\"status\"")) {
                    break;
                }
            }
            assertThat(status).startsWith("HTTP/1.1 413");
            assertThat(response.toString().toLowerCase()).contains("content-type: application/problem+json");
            assertThat(writtenWhenAnswered).as("bytes sent before the answer").isLessThan(FILE / 2);
        }
        assertThat(storedKeys()).as("nothing stored").containsExactlyInAnyOrderElementsOf(before);
    }
}
