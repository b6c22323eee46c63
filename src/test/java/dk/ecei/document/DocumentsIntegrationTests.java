package dk.ecei.document;

import dk.ecei.support.TestClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.BronzeFixture;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.Region;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.shared.NotFoundException;
import dk.ecei.support.IntegrationTest;
import dk.ecei.support.Users;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The documents end to end on the real database: the peer comparison of a benchmarking report (the Gold group,
 * which no demo label is in today, so its members are the ones made here), its minimum size at the edge, who may
 * read it, the PDFs' text, the certificate issued on the label award and the public verification in every state.
 */
@IntegrationTest
class DocumentsIntegrationTests {

    private static final Locale DANISH = Locale.forLanguageTag("da");

    @Autowired
    MockMvc mvc;
    @Autowired
    BronzeFixture fixture;
    @Autowired
    SelfAssessments selfAssessments;
    @Autowired
    ExpertReviews reviews;
    @Autowired
    ClusterService clusters;
    @Autowired
    LabelRegister labels;
    @Autowired
    BenchmarkReports reports;
    @Autowired
    Certificates certificates;
    @Autowired
    dk.ecei.shared.AuditLog audit;

    @Test
    void theReportComparesWithAGroupOnlyFromItsMinimumSizeAndOnlyItsReadersSeeIt() throws Exception {
        String name = "Ærø Søfart og Å-klynge " + UUID.randomUUID().toString().substring(0, 6);
        Long own = cluster(name);
        AssessmentView report = benchmark(own, "35");
        Long firstPeer = null;
        for (String value : new String[] {"10", "20", "40", "50"}) {
            Long peer = cluster("Guldpeer " + UUID.randomUUID());
            benchmark(peer, value);
            gold(peer);
            firstPeer = firstPeer == null ? peer : firstPeer;
        }
        Long id = report.id();

        BenchmarkReport.Line fourPeers = line(Users.managerOf(own).call(() -> reports.report(id)), "B1.1");
        assertThat(fourPeers.peers()).doesNotContainKey(PeerGroup.GOLD);
        assertThat(fourPeers.hidden()).contains(PeerGroup.GOLD);

        Long fifth = cluster("Guldpeer " + UUID.randomUUID());
        benchmark(fifth, "30");
        gold(fifth);

        BenchmarkReport.Line fivePeers = line(Users.managerOf(own).call(() -> reports.report(id)), "B1.1");
        PeerStatistics goldPeers = fivePeers.peers().get(PeerGroup.GOLD);
        // Peers 10, 20, 30, 40, 50 and own 35, by hand: quartiles 20 / 30 / 40, 3 of 5 below = 60th percentile.
        assertThat(goldPeers.size()).isEqualTo(5);
        assertThat(goldPeers.lowerQuartile()).isEqualByComparingTo("20");
        assertThat(goldPeers.median()).isEqualByComparingTo("30");
        assertThat(goldPeers.upperQuartile()).isEqualByComparingTo("40");
        assertThat(goldPeers.percentile()).isEqualByComparingTo("60");
        assertThat(fivePeers.value()).isEqualTo("35");
        assertThat(fivePeers.change()).isEqualTo(BenchmarkReport.Change.NOT_COMPARABLE);
        assertThat(fivePeers.chart().rows()).extracting(BenchmarkReport.Chart.Row::group).contains(PeerGroup.GOLD);

        String page = mvc.perform(get("/assessments/{id}/benchmark-report", id).with(Users.managerOf(own).request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name, "Guld-klynger", "<svg", "Klyngens percentil");
        mvc.perform(get("/assessments/{id}/benchmark-report", id).with(Users.SUPPORT.request())).andExpect(status().isOk());
        mvc.perform(get("/assessments/{id}/benchmark-report", id).with(Users.ASSESSOR1.request())).andExpect(status().isOk());
        mvc.perform(get("/assessments/{id}/benchmark-report", id).with(Users.managerOf(firstPeer).request()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/benchmark-report", id).with(Users.ASSESSOR2.request()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/benchmark-report.pdf", id).with(Users.managerOf(firstPeer).request()))
                .andExpect(status().isNotFound());

        byte[] pdf = mvc.perform(get("/assessments/{id}/benchmark-report.pdf", id).with(Users.managerOf(own).request()))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        assertThat(text).contains("Benchmarkingrapport: " + name, "Fund for B1", "Anbefalinger for B6",
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(DANISH).format(report.interviewDate()));
        assertThat(text).contains("Guld-klynger 5 20 30 40 60");
        // Every chart of the page is drawn in the PDF too: one filled box per peer group row.
        BenchmarkReport shown = Users.managerOf(own).call(() -> reports.report(id));
        int rows = shown.groups().stream().flatMap(g -> g.indicators().stream()).filter(l -> l.chart() != null)
                .mapToInt(l -> l.chart().rows().size()).sum();
        assertThat(rows).isGreaterThan(0);
        pictures(pdf, "benchmark-report", 3);
        assertThat(chartBoxes(pdf)).isEqualTo(rows);

        String english = text(mvc.perform(get("/assessments/{id}/benchmark-report.pdf", id).param("lang", "en")
                .with(Users.managerOf(own).request())).andReturn().getResponse().getContentAsByteArray());
        assertThat(english).contains("Benchmarking report: " + name,
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK).format(report.interviewDate()));
        assertThat(english).contains("Gold clusters 5 20 30 40 60");
    }

    @Test
    void theCertificateIsIssuedWithTheLabelAndItsVerificationTellsValidWithdrawnAndExpired() throws Exception {
        String name = "Bølgeklyngen Æbelø " + UUID.randomUUID().toString().substring(0, 6);
        Long own = cluster(name);
        AssessmentView done = benchmark(own, "12");
        Long labelId = done.labelId();
        CertificateView c = await().atMost(Duration.ofSeconds(20))
                .until(() -> Users.SUPPORT.call(() -> certificates.ofLabel(labelId)), java.util.Optional::isPresent).get();
        assertThat(c.level()).isEqualTo(LabelLevel.BRONZE);
        assertThat(c.validUntil()).isEqualTo(labels.get(labelId).validUntil());
        assertThat(c.state()).isEqualTo(Verification.State.VALID);

        mvc.perform(get("/api/verify/{n}", c.number()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("VALID"))
                .andExpect(jsonPath("$.clusterName").value(name))
                .andExpect(jsonPath("$.level").value("BRONZE"))
                .andExpect(jsonPath("$.validUntil").value(c.validUntil().toString()))
                .andExpect(jsonPath("$.labelId").doesNotExist())
                .andExpect(jsonPath("$.assessmentId").doesNotExist());
        assertThat(mvc.perform(get("/verify/{n}", c.number())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Gyldigt i dag", name);

        byte[] pdf = mvc.perform(get("/certificates/{n}.pdf", c.number()).with(Users.managerOf(own).request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = text(pdf);
        DateTimeFormatter danish = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(DANISH);
        assertThat(text).contains(name, "Bronze", c.number(), danish.format(c.validFrom()), danish.format(c.validUntil()),
                "European Secretariat for Cluster Analysis", "/verify/" + c.number());
        Long stranger = cluster("Fremmed " + UUID.randomUUID());
        mvc.perform(get("/certificates/{n}.pdf", c.number()).with(Users.managerOf(stranger).request()))
                .andExpect(status().isNotFound());

        Users.SUPPORT.run(() -> labels.withdraw(labelId, "Klyngen er nedlagt"));
        mvc.perform(get("/api/verify/{n}", c.number())).andExpect(jsonPath("$.state").value("WITHDRAWN"));
        assertThat(mvc.perform(get("/verify/{n}", c.number()).param("lang", "en")).andReturn().getResponse()
                .getContentAsString()).contains("Withdrawn");

        Long old = Users.SUPPORT.call(() -> labels.award(new AwardLabel(own, LabelLevel.SILVER, LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 4, 1), null, "test"))).id();
        String expired = certificates.issue(old);
        mvc.perform(get("/api/verify/{n}", expired)).andExpect(jsonPath("$.state").value("EXPIRED"))
                .andExpect(jsonPath("$.level").value("SILVER"));

        mvc.perform(get("/api/verify/{n}", "ECEI-B2026-UNKNOWN1").header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/verify/{n}", "ECEI-B2026-UNKNOWN1")).andExpect(status().isNotFound());
        assertThatThrownBy(() -> Users.managerOf(stranger).call(() -> certificates.get(c.number())))
                .isInstanceOf(NotFoundException.class);
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    dk.ecei.assessment.SilverGoldFixture goldFixture;
    @Autowired
    dk.ecei.assessment.LabelDecisions decisions;

    /** A Gold assessment's report: the score overall and per category, each indicator with its note, the decisions. */
    @Test
    void theGoldReportShowsTheScoreEveryIndicatorAndTheDecisionAndItsCertificate() throws Exception {
        Long cluster = goldFixture.eligibleCluster();
        String name = clusters.get(cluster).name();
        Long id = goldFixture.goldInAudit(cluster, Users.ASSESSOR1, Users.ASSESSOR2).id();
        dk.ecei.support.TestClock.set(java.time.Instant.now().plus(Duration.ofDays(5)));
        AssessmentView approved;
        try {
            Users.ASSESSOR1.run(() -> reviews.scoreIndicators(id, goldFixture.scores(2, "G5.2")));
            Users.ASSESSOR2.run(() -> reviews.scoreIndicators(id, goldFixture.scores(2, "G5.2")));
            approved = Users.SUPPORT.call(() -> decisions.decide(id, new dk.ecei.assessment.AssessmentCommands.LabelDecision(
                    dk.ecei.assessment.AssessmentCommands.Approval.APPROVE, "Indstillingen følges af udvalget")));
        } finally {
            dk.ecei.support.TestClock.reset();
        }
        Users manager = Users.managerOf(cluster);
        String page = mvc.perform(get("/assessments/{id}/gold-report", id).with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Guld-rapport", "G5.2", "Under tærsklen", "Indstillingen følges af udvalget");
        mvc.perform(get("/assessments/{id}/silver-report", id).with(manager.request())).andExpect(status().isNotFound());
        mvc.perform(get("/assessments/{id}/gold-report", id).with(Users.managerOf(cluster(name + " anden")).request()))
                .andExpect(status().isNotFound());
        String text = text(mvc.perform(get("/assessments/{id}/gold-report.pdf", id).with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Guld-rapport: " + name, "30 af 31", "G5.2", "Ikke opfyldt", "Under tærsklen",
                "Indstillingen følges af udvalget", "Minimumskrav");

        Long labelId = approved.labelId();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Users.SUPPORT.call(() -> certificates.ofLabel(labelId)), java.util.Optional::isPresent);
        String location = mvc.perform(get("/labels/{id}/certificate", labelId).with(manager.request()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/certificates/ECEI-G");
        String certificate = text(mvc.perform(get(location + ".pdf").param("lang", "en").with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        DateTimeFormatter english = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.UK);
        assertThat(certificate).contains(name, "Gold", "Certificate number ECEI-G",
                english.format(labels.get(labelId).validUntil()));
    }

    /** A Silver report: the improvement areas with the auditor's findings, the minimum requirements, the report. */
    @Test
    void theSilverReportShowsTheAreasTheFindingsAndTheMinimumRequirements() throws Exception {
        Long cluster = goldFixture.silverReadyCluster();
        Long id = goldFixture.silverInAudit(cluster, Users.ASSESSOR1).id();
        Users.ASSESSOR1.run(() -> reviews.recordSilverAudit(id, goldFixture.silverAudit()));
        String page = mvc.perform(get("/assessments/{id}/silver-report", id).with(Users.managerOf(cluster).request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sølv-rapport", "Strategi", "Målingen er kun pilot", "Opfyldt, set på stedet",
                "Udbred tilfredshedsmålingen.");
        String text = text(mvc.perform(get("/assessments/{id}/silver-report.pdf", id).param("lang", "en")
                .with(Users.SUPPORT.request())).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains("Silver report: " + clusters.get(cluster).name(), "Privat andel steg fra 20 % til 35 %",
                "Not met", "Målingen er kun pilot", "Minimum requirements", "Klyngen har forbedret sig på to af tre områder.");
        mvc.perform(get("/assessments/{id}/silver-report", id).with(Users.ASSESSOR2.request())).andExpect(status().isNotFound());
    }

    /** Support staff date a certificate otherwise with a reason, which is audited; a date after its end is refused. */
    @Test
    void supportStaffRedateACertificateWithAReason() throws Exception {
        Long own = cluster("Omdateret klynge " + UUID.randomUUID());
        Long labelId = Users.SUPPORT.call(() -> labels.award(new AwardLabel(own, LabelLevel.BRONZE, TestClock.today(),
                TestClock.today(), null, "test"))).id();
        String number = certificates.issue(labelId);
        LocalDate until = labels.get(labelId).validUntil();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number)
                        .param("validFrom", until.plusDays(1).toString()).param("reason", "Forkert dato")
                        .with(Users.SUPPORT.request()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Certifikatet kan ikke begynde efter sin slutdato")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number)
                        .param("validFrom", TestClock.today().minusDays(3).toString()).param("reason", "")
                        .with(Users.SUPPORT.request()))
                .andExpect(status().isUnprocessableEntity());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number)
                        .param("validFrom", TestClock.today().minusDays(3).toString()).param("reason", "Tildelt på mødet tre dage før")
                        .with(Users.managerOf(own).request()))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number)
                        .param("validFrom", TestClock.today().minusDays(3).toString()).param("reason", "Tildelt på mødet tre dage før")
                        .with(Users.SUPPORT.request()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/verify/{n}", number)).andExpect(jsonPath("$.validFrom").value(TestClock.today().minusDays(3).toString()));
        assertThat(audit.history(Certificates.AGGREGATE, jdbc.queryForObject("select id from certificate where number = ?",
                Long.class, number))).extracting(e -> e.getAction() + " " + e.getActor())
                .containsExactly("ISSUED " + "system", "REDATED support");
    }


    @Autowired
    BenchmarkChanges changes;

    /**
     * The second benchmark's report tells how each indicator moved, the read model keeps it on the report's event, and
     * the Silver step's improvement areas show the improved indicators and mark the Gold ones of the same name.
     * By hand: B1.1 30 -> 36, B1.3 40 -> 55 and B4.6 no -> yes improved; B2.1 42 -> 40 declined; B1.2's text changed;
     * the other 31 of the 36 answers are the same.
     */
    @Test
    void theChangeSinceTheEarlierBronzeFeedsTheSilverImprovementAreas() throws Exception {
        Long cluster = goldFixture.silverReadyCluster();
        Long silver = goldFixture.silverRequested(cluster).id();
        Users manager = Users.managerOf(cluster);
        assertThat(manager.call(() -> changes.forSilver(silver))).isEmpty();
        assertThat(mvc.perform(get("/assessments/{id}/improvement-areas", silver).with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("endnu ikke to afsluttede Bronze-benchmarkinger");

        Long first = benchmark(cluster, Map.of("B1.1", "30", "B1.3", "40", "B4.6", "NO", "B1.2", "Firmaer")).id();
        Long second = benchmark(cluster, Map.of("B1.1", "36", "B1.3", "55", "B4.6", "YES", "B2.1", "40",
                "B1.2", "Firmaer og skoler")).id();
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from benchmark_change where assessment_id = ?", Integer.class, second) == 36);

        BenchmarkReport report = manager.call(() -> reports.report(second));
        assertThat(report.previousAssessmentId()).isEqualTo(first);
        assertThat(line(report, "B1.1").change()).isEqualTo(BenchmarkReport.Change.IMPROVED);
        assertThat(line(report, "B2.1").change()).isEqualTo(BenchmarkReport.Change.DECLINED);
        assertThat(List.of(report.count(BenchmarkReport.Change.IMPROVED), report.count(BenchmarkReport.Change.DECLINED),
                report.count(BenchmarkReport.Change.UNCHANGED), report.count(BenchmarkReport.Change.CHANGED)))
                .containsExactly(3L, 1L, 31L, 1L);
        assertThat(mvc.perform(get("/assessments/{id}/benchmark-report", second).with(manager.request()))
                .andReturn().getResponse().getContentAsString())
                .contains("Siden forrige benchmark: 3 indikatorer forbedret, 1 forringet, 31 uændret og 1 tekstsvar ændret.");

        BenchmarkChanges.SinceEarlierBronze since = manager.call(() -> changes.forSilver(silver)).orElseThrow();
        assertThat(since.assessmentId()).isEqualTo(second);
        assertThat(since.previousAssessmentId()).isEqualTo(first);
        assertThat(since.improved()).extracting(c -> c.indicator().code() + " " + c.before() + " " + c.now())
                .containsExactlyInAnyOrder("B1.1 30 36", "B1.3 40 55", "B4.6 NO YES");
        assertThat(List.of(since.declined(), since.unchanged())).containsExactly(1, 31);
        assertThat(since.goldCodes()).containsExactly("G1.4", "G4.6");

        String page = mvc.perform(get("/assessments/{id}/improvement-areas", silver).with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("3 indikatorer er forbedret, 1 forringet og 31 uændret", "fra Nej til Ja",
                "fra 30 til 36", "G1.4, G4.6", "(forbedret siden Bronze)");
        assertThat(mvc.perform(get("/assessments/{id}/improvement-areas", silver).param("lang", "en").with(manager.request()))
                .andReturn().getResponse().getContentAsString()).contains("3 indicators improved", "(improved since Bronze)");

        // Each improvement area names the improved Bronze indicators behind its Gold ones (B1.3 is G1.4, B4.6 is G4.6),
        // linked to their rows of the benchmarking report, which carry those ids.
        assertThat(since.improvedFor(List.of("G4.5", "G4.6"))).extracting(c -> c.indicator().code()).containsExactly("B4.6");
        assertThat(since.improvedFor(List.of("G1.4", "G4.6"))).extracting(c -> c.indicator().code()).containsExactly("B1.3", "B4.6");
        assertThat(since.improvedFor(List.of("G4.1"))).isEmpty();
        assertThat(since.reportReadable()).isTrue();
        String rowLink = "href=\"/assessments/" + second + "/benchmark-report#indicator-B4.6\"";
        assertThat(page).contains(rowLink);
        assertThat(mvc.perform(get("/assessments/{id}/benchmark-report", second).with(manager.request()))
                .andReturn().getResponse().getContentAsString()).contains("id=\"indicator-B4.6\"", "id=\"indicator-B1.3\"");
        goldFixture.silverInAudit(cluster, silver, Users.ASSESSOR1);
        String silverReport = mvc.perform(get("/assessments/{id}/silver-report", silver).with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String services = silverReport.substring(silverReport.indexOf("Services"));
        assertThat(services).contains("Forbedret siden den tidligere Bronze-benchmarking:", rowLink, "fra Nej til Ja");
        assertThat(silverReport.substring(silverReport.indexOf("Strategi"), silverReport.indexOf("Services")))
                .doesNotContain("#indicator-");
        assertThat(mvc.perform(get("/assessments/{id}/silver-audit", silver).with(Users.ASSESSOR1.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(rowLink);
        assertThat(text(mvc.perform(get("/assessments/{id}/silver-report.pdf", silver).param("lang", "en").with(manager.request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()))
                .contains("Improved since the earlier Bronze benchmark:", "B4.6");
        Long stranger = cluster("Fremmed " + UUID.randomUUID());
        assertThatThrownBy(() -> Users.managerOf(stranger).call(() -> changes.forSilver(silver)))
                .isInstanceOf(NotFoundException.class);
    }

    @Autowired
    CertificateBackfill backfill;

    /**
     * Labels written before certificates existed get one at start-up (the 2016 register) or on the next run: an
     * expired and a withdrawn label's verification says so; a second run issues nothing again.
     */
    @Test
    void labelsWithoutACertificateGetOneOnceAndTheVerificationTellsTheirState() throws Exception {
        assertThat(jdbc.queryForObject("select count(*) from label l where l.source like 'Performance account 2017%'"
                + " and not exists (select 1 from certificate c where c.label_id = l.id)", Integer.class)).isZero();
        String demo = jdbc.queryForObject("select c.number from certificate c join label l on l.id = c.label_id"
                + " where l.source like 'Performance account 2017%' order by l.id limit 1", String.class);
        assertThat(demo).startsWith("ECEI-").contains("2016-");
        mvc.perform(get("/api/verify/{n}", demo)).andExpect(jsonPath("$.state").value("EXPIRED"));

        Long own = cluster("Gammel klynge " + UUID.randomUUID());
        Long expired = Users.SUPPORT.call(() -> labels.award(new AwardLabel(own, LabelLevel.SILVER, LocalDate.of(2019, 3, 1),
                LocalDate.of(2019, 4, 1), null, "import"))).id();
        Long withdrawn = Users.SUPPORT.call(() -> labels.award(new AwardLabel(own, LabelLevel.BRONZE, TestClock.today(),
                TestClock.today(), null, "import"))).id();
        Users.SUPPORT.run(() -> labels.withdraw(withdrawn, "Klyngen er nedlagt"));
        assertThat(Users.SUPPORT.call(() -> certificates.ofLabel(expired))).isEmpty();

        assertThat(backfill.run()).isGreaterThanOrEqualTo(2);
        CertificateView old = Users.SUPPORT.call(() -> certificates.ofLabel(expired)).orElseThrow();
        CertificateView gone = Users.SUPPORT.call(() -> certificates.ofLabel(withdrawn)).orElseThrow();
        assertThat(old.number()).startsWith("ECEI-S2019-");
        assertThat(old.validUntil()).isEqualTo(labels.get(expired).validUntil());
        mvc.perform(get("/api/verify/{n}", old.number())).andExpect(jsonPath("$.state").value("EXPIRED"))
                .andExpect(jsonPath("$.level").value("SILVER"));
        mvc.perform(get("/api/verify/{n}", gone.number())).andExpect(jsonPath("$.state").value("WITHDRAWN"));
        assertThat(mvc.perform(get("/verify/{n}", old.number())).andReturn().getResponse().getContentAsString())
                .contains("Udløbet");
        assertThat(mvc.perform(get("/verify/{n}", gone.number())).andReturn().getResponse().getContentAsString())
                .contains("Trukket tilbage");

        backfill.run();
        assertThat(Users.SUPPORT.call(() -> certificates.ofLabel(expired)).orElseThrow().number()).isEqualTo(old.number());
        assertThat(jdbc.queryForObject("select count(*) from certificate where label_id in (?, ?)", Integer.class,
                expired, withdrawn)).isEqualTo(2);
        Long certificateId = jdbc.queryForObject("select id from certificate where label_id = ?", Long.class, expired);
        assertThat(audit.history(Certificates.AGGREGATE, certificateId)).extracting(e -> e.getAction())
                .containsExactly("ISSUED_AFTERWARDS");
    }

    /**
     * Support staff set the certificate's end date with a reason: the certificate, its PDF, the verification and the
     * label in the register show the stored day; the end may equal the start, never come before it; audited on both.
     */
    @Test
    void supportStaffSetTheValidUntilDateWithAReasonAndEveryoneReadsTheStoredDay() throws Exception {
        Long own = cluster("Slutdato klynge " + UUID.randomUUID());
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
        Long labelId = Users.SUPPORT.call(() -> labels.award(new AwardLabel(own, LabelLevel.BRONZE, today, today, null, "test"))).id();
        String number = certificates.issue(labelId);
        LocalDate ruleDate = labels.get(labelId).validUntil();
        LocalDate issued = ruleDate.minusDays(12);
        var post = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number);

        mvc.perform(get("/certificates/{n}", number).with(Users.SUPPORT.request()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + ruleDate + "\"")));
        mvc.perform(post.param("validFrom", today.toString()).param("validUntil", today.minusDays(1).toString())
                        .param("reason", "Forkert").with(Users.SUPPORT.request()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Certifikatet kan ikke slutte før sin startdato")));
        assertThat(labels.get(labelId).validUntil()).as("refused: nothing changed").isEqualTo(ruleDate);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number)
                        .param("validFrom", today.toString()).param("validUntil", issued.toString())
                        .param("reason", "Mærkeudvalget udstedte certifikatet til denne dag").with(Users.SUPPORT.request()))
                .andExpect(status().is3xxRedirection());

        assertThat(labels.get(labelId).validUntil()).isEqualTo(issued);
        mvc.perform(get("/api/verify/{n}", number)).andExpect(jsonPath("$.validUntil").value(issued.toString()));
        String text = text(mvc.perform(get("/certificates/{n}.pdf", number).with(Users.managerOf(own).request()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(text).contains(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.forLanguageTag("da")).format(issued));
        Long certificateId = jdbc.queryForObject("select id from certificate where number = ?", Long.class, number);
        assertThat(audit.history(Certificates.AGGREGATE, certificateId)).extracting(e -> e.getAction() + " " + e.getActor())
                .containsExactly("ISSUED system", "REDATED support");
        assertThat(audit.history("Label", labelId)).extracting(e -> e.getAction()).contains("VALID_UNTIL_SET");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/certificates/{n}/valid-from", number)
                        .param("validFrom", today.toString()).param("validUntil", today.toString())
                        .param("reason", "Kun gyldigt i dag").with(Users.SUPPORT.request()))
                .andExpect(status().is3xxRedirection());
        assertThat(labels.get(labelId).validUntil()).as("the end may be the start day").isEqualTo(today);
    }

    /** The demo data's benchmarks of 2016 give the report of a demo cluster peers in its field and in the country. */
    @Test
    void theDemoBenchmarksArePeers() {
        assertThat(jdbc.queryForObject("select count(*) from assessment where requested_by = 'demo-2016'", Integer.class))
                .isEqualTo(38);
        assertThat(jdbc.queryForObject("select count(*) from assessment_answer aa join assessment a on a.id = aa.assessment_id"
                + " where a.requested_by = 'demo-2016'", Integer.class)).isEqualTo(38 * 36);
        Long demo = jdbc.queryForObject("select id from assessment where requested_by = 'demo-2016' and cluster_id = 3", Long.class);
        BenchmarkReport report = Users.SUPPORT.call(() -> reports.report(demo));
        BenchmarkReport.Line line = line(report, "B1.1");
        assertThat(line.value()).matches("\\d+");
        assertThat(line.peers().get(PeerGroup.COUNTRY).size()).isGreaterThanOrEqualTo(37);
        assertThat(report.groups()).allSatisfy(g -> assertThat(g.section().findings()).startsWith("Demo:"));
    }

    /** A field no other test counts clusters of (ClusterApiIntegrationTests counts the TRANSPORT ones). */
    private Long cluster(String name) {
        return Users.SUPPORT.call(() -> clusters.register(new ClusterDetails(name, null, ClusterType.REGIONAL_CLUSTER,
                Region.SJAELLAND, Set.of(ClusterField.EXPERIENCE_ECONOMY_TOURISM), new BigDecimal("1.5"),
                new ClusterDetails.MembershipCounts(25, 20, 3, 2, 0), "https://example.org"))).id();
    }

    /** A completed benchmark with the given answer to B1.1 and the fixture's answers to everything else. */
    private AssessmentView benchmark(Long clusterId, String b11) {
        return benchmark(clusterId, Map.of("B1.1", b11));
    }

    /** A completed benchmark with the given answers and the fixture's answers to everything else. */
    private AssessmentView benchmark(Long clusterId, Map<String, String> given) {
        Long id = fixture.assigned(clusterId, Users.ASSESSOR1).id();
        Users manager = Users.managerOf(clusterId);
        Map<String, String> answers = new java.util.LinkedHashMap<>(fixture.completeAnswers());
        answers.putAll(given);
        manager.run(() -> selfAssessments.saveAnswers(id, answers));
        manager.run(() -> selfAssessments.saveSuccessStories(id, fixture.stories()));
        manager.run(() -> selfAssessments.submit(id));
        return Users.ASSESSOR1.call(() -> reviews.writeReport(id, fixture.report(id)));
    }

    private void gold(Long clusterId) {
        Users.SUPPORT.run(() -> labels.award(new AwardLabel(clusterId, LabelLevel.GOLD, TestClock.today(), TestClock.today(),
                null, "test")));
    }

    private static BenchmarkReport.Line line(BenchmarkReport report, String code) {
        return report.groups().stream().flatMap(g -> g.indicators().stream())
                .filter(l -> l.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    /**
     * How many distinct rectangles of the charts' box colour the PDF fills (a box may be painted more than once):
     * one per peer group row of every chart.
     */
    static int chartBoxes(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<String> boxes = new java.util.HashSet<>();
            int pageNo = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                int onPage = ++pageNo;
                new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(page) {
                    private final java.awt.geom.Point2D.Float current = new java.awt.geom.Point2D.Float();
                    private final java.util.List<java.awt.geom.Point2D> path = new java.util.ArrayList<>();

                    @Override
                    public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1,
                            java.awt.geom.Point2D p2, java.awt.geom.Point2D p3) {
                        path.addAll(java.util.List.of(p0, p1, p2, p3));
                    }

                    @Override
                    public void fillPath(int windingRule) throws IOException {
                        if (getGraphicsState().getNonStrokingColor().toRGB() == 0xcfe0f3 && !path.isEmpty()) {
                            double minX = path.stream().mapToDouble(java.awt.geom.Point2D::getX).min().orElseThrow();
                            double minY = path.stream().mapToDouble(java.awt.geom.Point2D::getY).min().orElseThrow();
                            boxes.add(onPage + ":" + Math.round(minX) + "," + Math.round(minY));
                        }
                        path.clear();
                    }

                    @Override
                    public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
                    }

                    @Override
                    public void clip(int windingRule) {
                    }

                    @Override
                    public void moveTo(float x, float y) {
                        path.add(new java.awt.geom.Point2D.Float(x, y));
                    }

                    @Override
                    public void lineTo(float x, float y) {
                        path.add(new java.awt.geom.Point2D.Float(x, y));
                    }

                    @Override
                    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                    }

                    @Override
                    public java.awt.geom.Point2D getCurrentPoint() {
                        return current;
                    }

                    @Override
                    public void closePath() {
                    }

                    @Override
                    public void endPath() {
                        path.clear();
                    }

                    @Override
                    public void strokePath() {
                        path.clear();
                    }

                    @Override
                    public void fillAndStrokePath(int windingRule) throws IOException {
                        fillPath(windingRule);
                    }

                    @Override
                    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
                    }

                    void run() throws IOException {
                        processPage(getPage());
                    }
                }.run();
            }
            return boxes.size();
        }
    }

    /** The PDF's first pages as pictures in target/documents, to look at. */
    static void pictures(byte[] pdf, String name, int pages) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "documents");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int i = 0; i < Math.min(pages, document.getNumberOfPages()); i++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 80), "png",
                        dir.resolve(name + "-" + (i + 1) + ".png").toFile());
            }
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Lines break where the page ends them (also after a hyphen): compare with single spaces.
            return new PDFTextStripper().getText(document).replaceAll("(?<=-)\\s+", "").replaceAll("\\s+", " ");
        }
    }
}
