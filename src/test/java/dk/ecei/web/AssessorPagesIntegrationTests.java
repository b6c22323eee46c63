package dk.ecei.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.BronzeFixture;
import dk.ecei.assessor.AssessorService;
import dk.ecei.notification.PersonDirectory;
import dk.ecei.assessor.AssessorView;
import dk.ecei.assessor.Qualification;
import dk.ecei.shared.AuditEvent;
import dk.ecei.shared.AuditLog;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The assessor register's forms for support staff (register, qualification, ties, deactivation), each change in the
 * audit trail, and the trail as a view on the assessor, assessment and cluster pages, with the demo login.
 */
@IntegrationTest
class AssessorPagesIntegrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessorService assessors;
    @Autowired
    AuditLog audit;
    @Autowired
    BronzeFixture bronze;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    PersonDirectory people;

    private static String uniqueUsername() {
        return "page-expert-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Long register(String username) throws Exception {
        String location = mvc.perform(post("/assessors/new").with(Users.SUPPORT.request())
                        .param("username", username).param("fullName", "Karen Sidevej").param("email", username + "@example.org")
                        .param("country", "dk").param("languages", "da, EN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/assessors/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.valueOf(location.substring("/assessors/".length()));
    }

    private List<String> actions(Long id) {
        return transactions.execute(s -> audit.history("Assessor", id).stream().map(AuditEvent::getAction).toList());
    }

    @Test
    void supportStaffRegisterAnAssessorGrantAndRenewAQualificationDeclareAndEndATieAndDeactivate() throws Exception {
        String username = uniqueUsername();
        Long id = register(username);
        AssessorView registered = Users.SUPPORT.call(() -> assessors.get(id));
        assertThat(registered.username()).isEqualTo(username);
        assertThat(registered.country()).isEqualTo("DK");
        assertThat(registered.languages()).containsExactly("da", "en");

        mvc.perform(post("/assessors/" + id + "/qualifications").with(Users.SUPPORT.request())
                        .param("kind", "GOLD_ASSESSOR").param("validUntil", "2030-06-30"))
                .andExpect(status().is3xxRedirection());
        // A renewal that does not run beyond the current day stays in its field with the day the reader's way.
        mvc.perform(post("/assessors/" + id + "/qualifications").with(Users.SUPPORT.request())
                        .param("kind", "GOLD_ASSESSOR").param("validUntil", "2030-06-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "id=\"grant-validUntil-error\">Kvalifikationen gælder allerede til 30. juni 2030; en fornyelse skal gælde længere.")))
                .andExpect(content().string(containsString("value=\"2030-06-30\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/assessors/" + id + "/qualifications").with(Users.SUPPORT.request())
                        .param("kind", "GOLD_ASSESSOR").param("validUntil", "2031-06-30"))
                .andExpect(status().is3xxRedirection());
        assertThat(Users.SUPPORT.call(() -> assessors.get(id)).qualifications())
                .containsExactly(new AssessorView.QualificationView(Qualification.GOLD_ASSESSOR, LocalDate.of(2031, 6, 30)));

        // A tie that ends before it starts is refused at its end field; a valid one is declared, then ended.
        mvc.perform(post("/assessors/" + id + "/ties").with(Users.SUPPORT.request())
                        .param("clusterId", "1").param("kind", "CONSULTANT").param("fromDate", "2024-05-01").param("toDate", "2024-04-30"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"tie-toDate-error\">Båndet kan ikke slutte, før det begynder.")));
        mvc.perform(post("/assessors/" + id + "/ties").with(Users.SUPPORT.request())
                        .param("clusterId", "1").param("kind", "CONSULTANT").param("fromDate", "2024-05-01").param("note", "Workshops"))
                .andExpect(status().is3xxRedirection());
        Long tieId = Users.SUPPORT.call(() -> assessors.get(id)).ties().get(0).id();
        mvc.perform(get("/assessors/" + id).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Konsulent i CLEAN fra 1. maj 2024 til nu")))
                .andExpect(content().string(containsString("id=\"end-tie-" + tieId + "\"")));
        mvc.perform(post("/assessors/" + id + "/ties/end").with(Users.SUPPORT.request())
                        .param("tieId", tieId.toString()).param("toDate", "2025-01-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(Users.SUPPORT.call(() -> assessors.get(id)).ties().get(0).toDate()).isEqualTo(LocalDate.of(2025, 1, 31));

        mvc.perform(post("/assessors/" + id + "/deactivate").with(Users.SUPPORT.request()))
                .andExpect(status().is3xxRedirection());
        assertThat(Users.SUPPORT.call(() -> assessors.get(id)).active()).isFalse();

        assertThat(actions(id)).containsExactly("REGISTERED", "QUALIFICATION_ADDED", "QUALIFICATION_RENEWED",
                "TIE_DECLARED", "TIE_ENDED", "DEACTIVATED");
        mvc.perform(get("/assessors/" + id).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"trail-title\">Historik</h2>")))
                .andExpect(content().string(containsString("Kvalifikation fornyet")))
                .andExpect(content().string(containsString("Bedømmeren blev deaktiveret")))
                .andExpect(content().string(not(containsString("id=\"deactivate\""))))
                .andExpect(content().string(not(containsString("QUALIFICATION_RENEWED"))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/assessors/" + id).param("lang", "en").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("Qualification renewed")))
                .andExpect(content().string(containsString("Consultant")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void wrongDetailsAndADuplicateUserNameAreShownNextToTheirFieldsWithEverythingTypedKept() throws Exception {
        mvc.perform(post("/assessors/new").with(Users.SUPPORT.request())
                        .param("username", "has space").param("fullName", "").param("email", "not-an-address")
                        .param("country", "Denmark").param("languages", "dansk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\">Et brugernavn består af bogstaver")))
                .andExpect(content().string(containsString("id=\"fullName-error\">Udfyld feltet.")))
                .andExpect(content().string(containsString("id=\"email-error\">Angiv en gyldig e-mailadresse.")))
                .andExpect(content().string(containsString("id=\"country-error\">Angiv en landekode med to bogstaver")))
                .andExpect(content().string(containsString("id=\"languages-error\">Angiv sprogkoder")))
                .andExpect(content().string(containsString("value=\"has space\"")))
                .andExpect(content().string(containsString("value=\"dansk\"")));
        String username = uniqueUsername();
        register(username);
        mvc.perform(post("/assessors/new").with(Users.SUPPORT.request())
                        .param("username", username.toUpperCase()).param("fullName", "Anden").param("email", "a@example.org")
                        .param("country", "DK").param("languages", "da"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"username-error\">En anden bedømmer har allerede dette brugernavn.")));
        mvc.perform(post("/assessors/" + register(uniqueUsername()) + "/qualifications").with(Users.SUPPORT.request())
                        .param("kind", "").param("validUntil", "i morgen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"grant-kind-error\">Udfyld feltet.")))
                .andExpect(content().string(containsString("id=\"grant-validUntil-error\">Angiv en dato.")));
    }

    @Test
    void onlySupportStaffReachTheForms() throws Exception {
        for (Users user : new Users[] {Users.ASSESSOR1, Users.managerOf(1L)}) {
            mvc.perform(get("/assessors/new").with(user.request())).andExpect(status().isForbidden());
            mvc.perform(post("/assessors/new").with(user.request()).param("username", uniqueUsername()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/assessors").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("href=\"/assessors/new\"")));
    }

    @Test
    void theAssessmentPageShowsItsTrailWithTheAssessorsNameAndTheClusterPageItsOwn() throws Exception {
        Long clusterId = bronze.eligibleCluster();
        Long id = bronze.assigned(clusterId, Users.ASSESSOR1).id();
        String page = mvc.perform(get("/assessments/" + id).with(Users.managerOf(clusterId).request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 id=\"trail-title\">Historik</h2>")))
                .andExpect(content().string(containsString("Vurderingen blev anmodet")))
                .andExpect(content().string(containsString("Ekspert tildelt")))
                .andExpect(content().string(not(containsString("EXPERT_ASSIGNED"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Vurderingen blev anmodet")).isLessThan(page.indexOf("Ekspert tildelt"));
        mvc.perform(get("/assessments/" + id).param("lang", "en").with(Users.ASSESSOR1.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The assessment was requested")))
                .andExpect(content().string(containsString("Expert assigned")));
        mvc.perform(get("/clusters/" + clusterId).with(Users.SUPPORT.request()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Klyngen blev registreret")))
                .andExpect(content().string(containsString("<td>Klyngen</td>")));
        mvc.perform(get("/clusters/" + clusterId).with(Users.managerOf(1L).request()))
                .andExpect(content().string(not(containsString("id=\"trail-title\""))));
    }

    @Test
    void whoActedIsNamedByTheRegisteredNameWhereTheUserIsInTheAssessorRegisterElseByUserName() throws Exception {
        // A support staff member who is also a registered (qualified-for-nothing) expert, as the support function is.
        String dualRole = uniqueUsername();
        mvc.perform(post("/assessors/new").with(Users.SUPPORT.request())
                        .param("username", dualRole).param("fullName", "Jens Dobbeltrolle").param("email", dualRole + "@example.org")
                        .param("country", "DK").param("languages", "da"))
                .andExpect(status().is3xxRedirection());
        Users staff = new Users(dualRole, List.of("support-staff"), null);
        Long registeredByStaff = Long.valueOf(mvc.perform(post("/assessors/new").with(staff.request())
                        .param("username", uniqueUsername()).param("fullName", "Ny Ekspert").param("email", "ny@example.org")
                        .param("country", "DK").param("languages", "da"))
                .andReturn().getResponse().getRedirectedUrl().substring("/assessors/".length()));
        mvc.perform(get("/assessors/" + registeredByStaff).with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("<td>Jens Dobbeltrolle</td>")))
                .andExpect(content().string(not(containsString("<td>" + dualRole + "</td>"))));
        Long registeredBySupport = register(uniqueUsername());
        // "support" is named as the identity provider (or another test) named them at a login, else by user name.
        String support = people.find("support").map(PersonDirectory.Person::displayName).orElse("support");
        mvc.perform(get("/assessors/" + registeredBySupport).with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("<td>" + (support == null ? "support" : support) + "</td>")));

        // A user who is no assessor: the name the identity provider gave at their last login (the person directory).
        String staffName = uniqueUsername();
        people.remember(new PersonDirectory.Person(staffName, "Pia Persondirektør", null, java.util.Locale.forLanguageTag("da"),
                java.util.Set.of("support-staff"), null));
        Users named = new Users(staffName, List.of("support-staff"), null);
        String deactivated = uniqueUsername();
        Long byNamed = Long.valueOf(mvc.perform(post("/assessors/new").with(named.request())
                        .param("username", deactivated).param("fullName", "Ida Inaktiv").param("email", "ida@example.org")
                        .param("country", "DK").param("languages", "da"))
                .andReturn().getResponse().getRedirectedUrl().substring("/assessors/".length()));
        mvc.perform(post("/assessors/" + byNamed + "/deactivate").with(named.request())).andExpect(status().is3xxRedirection());
        // Who acted by name; the detail in the reader's language with the person named, not by user name.
        mvc.perform(get("/assessors/" + byNamed).with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("<td>Pia Persondirektør</td>")))
                .andExpect(content().string(containsString("Ida Inaktiv kan ikke længere tildeles.")))
                .andExpect(content().string(not(containsString(staffName))));
        mvc.perform(get("/assessors/" + byNamed).param("lang", "en").with(Users.SUPPORT.request()))
                .andExpect(content().string(containsString("Ida Inaktiv can no longer be assigned.")));
    }
}
