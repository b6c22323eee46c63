package dk.ecei.web;

import dk.ecei.support.TestClock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.BronzeFixture;
import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.TieDeclaration;
import dk.ecei.assessor.TieKind;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Support staff see, while assigning, which experts may not take the benchmark and why. */
@IntegrationTest
class AssignmentPageIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BronzeFixture fixture;

    @Autowired
    AssessorService assessors;

    @Test
    void anExpertWithATieToTheClusterIsShownWithTheReason() throws Exception {
        long cluster = fixture.eligibleCluster();
        long id = fixture.requested(cluster).id();
        var consultant = Users.SUPPORT.call(() -> assessors.getByUsername("assessor2"));
        Long assessor2 = consultant.id();
        Users.SUPPORT.run(() -> assessors.declareTie(assessor2, new TieDeclaration(cluster, TieKind.CONSULTANT,
                TestClock.today().minusYears(1), null, "Rådgiver for klyngen")));

        mvc.perform(get("/assessments/" + id).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("class=\"warning\"")))
                .andExpect(content().string(Matchers.containsString("<strong>" + consultant.fullName() + "</strong>:")))
                .andExpect(content().string(Matchers.containsString(consultant.fullName() + ": Konsulent i klyngen siden ")))
                .andExpect(content().string(Matchers.containsString("value=\"assessor1\"")));
    }
}
