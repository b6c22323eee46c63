package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import dk.ecei.assessment.BronzeFixture;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The evidence viewer frames the file: that one response may be framed by our own pages (SAMEORIGIN,
 * frame-ancestors 'self'); every other page keeps DENY and the app's content security policy.
 */
@IntegrationTest
class EvidenceViewerHeadersIntegrationTests {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    BronzeFixture bronze;

    @Test
    void theFileMayBeFramedByOurPagesOnlyAndThePagesNotAtAll() throws Exception {
        long cluster = bronze.eligibleCluster();
        long id = bronze.requested(cluster).id();
        Users manager = Users.managerOf(cluster);
        String location = mvc.perform(multipart("/api/assessments/" + id + "/evidence")
                .file(new MockMultipartFile("file", "plan.pdf", "application/pdf", PDF)).with(manager.request()))
                .andReturn().getResponse().getHeader("Location");
        String fileId = location.replaceAll(".*/evidence/(\\d+)/content", "$1");

        MockHttpServletResponse pdf = mvc.perform(get("/assessments/" + id + "/evidence/" + fileId + "/content")
                .with(manager.request())).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getHeaders("X-Frame-Options")).containsExactly("SAMEORIGIN");
        assertThat(pdf.getHeaders("Content-Security-Policy")).containsExactly("frame-ancestors 'self'");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline");

        // Downloads answer a byte range (a PDF viewer asks for parts of a large file).
        MockHttpServletResponse part = mvc.perform(get("/api/assessments/" + id + "/evidence/" + fileId + "/content")
                .header("Range", "bytes=0-4").with(manager.request())).andReturn().getResponse();
        assertThat(part.getStatus()).isEqualTo(206);
        assertThat(part.getContentAsString()).isEqualTo("%PDF-");
        assertThat(part.getHeader("Content-Range")).isEqualTo("bytes 0-4/" + PDF.length);

        MockHttpServletResponse viewer = mvc.perform(get("/assessments/" + id + "/evidence/" + fileId)
                .with(manager.request())).andReturn().getResponse();
        assertThat(viewer.getStatus()).isEqualTo(200);
        assertThat(viewer.getContentAsString()).contains("<iframe");
        assertThat(viewer.getHeaders("X-Frame-Options")).containsExactly("DENY");
        assertThat(viewer.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .contains("frame-ancestors 'self'").contains("frame-src 'self'");
    }
}
