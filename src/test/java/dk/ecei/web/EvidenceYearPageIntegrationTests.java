package dk.ecei.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.BronzeFixture;
import dk.ecei.evidence.EvidenceService;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The evidence upload on the self-assessment page records the year a document covers, which Gold requires. */
@IntegrationTest
class EvidenceYearPageIntegrationTests {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    MockMvc mvc;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    EvidenceService evidence;

    @Test
    void theUploadFormRecordsTheYearAndRefusesAnImpossibleOne() throws Exception {
        long cluster = fixture.eligibleCluster();
        Users manager = Users.managerOf(cluster);
        long id = fixture.assigned(cluster, Users.ASSESSOR1).id();
        int lastYear = Year.now().getValue() - 1;

        mvc.perform(get("/assessments/" + id + "/self-assessment").with(manager.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"coversYear\"")));
        mvc.perform(multipart("/assessments/" + id + "/evidence").file(new MockMultipartFile("file", "regnskab.pdf",
                        "application/pdf", PDF)).param("coversYear", "1999").with(manager.request()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(Matchers.containsString("coversYear-error")));
        mvc.perform(multipart("/assessments/" + id + "/evidence").file(new MockMultipartFile("file", "regnskab.pdf",
                        "application/pdf", PDF)).param("coversYear", String.valueOf(lastYear)).with(manager.request()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assessments/" + id + "/self-assessment*"));

        assertThat(manager.call(() -> evidence.list(id))).singleElement()
                .satisfies(f -> assertThat(f.coversYear()).isEqualTo(lastYear));
    }
}
