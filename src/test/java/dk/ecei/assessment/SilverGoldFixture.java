package dk.ecei.assessment;

import dk.ecei.support.TestClock;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.ImprovementAreaForm;
import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessor.AssessorService;
import dk.ecei.assessor.TieDeclaration;
import dk.ecei.assessor.TieKind;
import dk.ecei.evidence.EvidenceService;
import dk.ecei.evidence.EvidenceView;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.support.Users;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Builds Silver and Gold assessments in a chosen step for tests, through the same services the API uses. */
@Component
public class SilverGoldFixture {

    public static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final BronzeFixture bronze;
    private final AssessmentService assessments;
    private final AssessmentRequests requests;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final CatalogueService catalogue;
    private final LabelRegister labels;
    private final AssessorService assessors;
    private final EvidenceService evidence;
    private final java.time.Clock clock;

    SilverGoldFixture(BronzeFixture bronze, AssessmentService assessments, AssessmentRequests requests, ExpertAssignment assignment, SelfAssessments selfAssessments,
            CatalogueService catalogue, LabelRegister labels, AssessorService assessors, EvidenceService evidence,
            java.time.Clock clock) {
        this.clock = clock;
        this.evidence = evidence;
        this.bronze = bronze;
        this.assessments = assessments;
        this.requests = requests;
        this.assignment = assignment;
        this.selfAssessments = selfAssessments;
        this.catalogue = catalogue;
        this.labels = labels;
        this.assessors = assessors;
    }

    public Long eligibleCluster() {
        return bronze.eligibleCluster();
    }

    public LabelView label(Long clusterId, LabelLevel level, LocalDate assessedOn) {
        return Users.SUPPORT.call(() -> labels.award(new AwardLabel(clusterId, level, assessedOn, assessedOn, null, "test")));
    }

    /** An eligible cluster with two Bronze benchmarks 19 months apart in the register. */
    public Long silverReadyCluster() {
        Long cluster = eligibleCluster();
        LocalDate today = LocalDate.now(DENMARK);
        label(cluster, LabelLevel.BRONZE, today.minusMonths(20));
        label(cluster, LabelLevel.BRONZE, today.minusMonths(1));
        return cluster;
    }

    public void declareTie(Users assessor, Long clusterId) {
        Long id = Users.SUPPORT.call(() -> assessors.getByUsername(assessor.username())).id();
        Users.SUPPORT.run(() -> assessors.declareTie(id, new TieDeclaration(clusterId, TieKind.CONSULTANT,
                TestClock.today().minusYears(1), null, "test")));
    }

    /**
     * A new assessor holding every qualification until 2035, so that a test may tie or re-qualify them without
     * touching the demo assessors that other tests read.
     */
    public Users newAssessor(String country) {
        String username = "t-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        Long id = Users.SUPPORT.call(() -> assessors.register(new dk.ecei.assessor.AssessorDetails(username, "Test " + username,
                username + "@example.org", country, List.of("en")))).id();
        for (dk.ecei.assessor.Qualification kind : dk.ecei.assessor.Qualification.values()) {
            Users.SUPPORT.run(() -> assessors.grantQualification(id, kind, LocalDate.of(2035, 12, 31)));
        }
        return new Users(username, List.of("assessor"), null);
    }

    // --- Silver ---------------------------------------------------------------------------------------------------

    public AssessmentView silverRequested(Long clusterId) {
        return Users.managerOf(clusterId).call(() -> requests.requestSilver(clusterId));
    }

    public List<ImprovementAreaForm> areas() {
        return List.of(new ImprovementAreaForm("Strategi", List.of("G4.1", "G4.2"), "Ny strategi vedtaget med bestyrelsen", "strategi-2026.pdf"),
                new ImprovementAreaForm("Finansiering", List.of("G3.2"), "Privat andel steg fra 20 % til 35 %", "regnskab-2025.pdf"),
                new ImprovementAreaForm("Services", List.of("G4.5", "G4.6"), "Tilfredshedsmåling indført", "maaling-2025.pdf"));
    }

    /** Requested, auditor assigned, improvement areas named and submitted. */
    public AssessmentView silverInAudit(Long clusterId, Users auditor) {
        return silverInAudit(clusterId, silverRequested(clusterId).id(), auditor);
    }

    public AssessmentView silverInAudit(Long clusterId, Long id, Users auditor) {
        Users.SUPPORT.run(() -> assignment.assignExpert(id, new AssessmentCommands.AssignExpert(auditor.username(),
                TestClock.today().plusDays(14))));
        Users manager = Users.managerOf(clusterId);
        manager.run(() -> selfAssessments.saveImprovementAreas(id, areas()));
        return manager.call(() -> selfAssessments.submit(id));
    }

    public Set<String> minimumRequirements() {
        return catalogue.current().indicators(Scheme.GOLD).stream().filter(IndicatorView::minimumRequirement)
                .map(IndicatorView::code).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** The Silver audit of today; the named minimum requirements are not met. */
    public SilverAudit silverAudit(String... failed) {
        Set<String> notMet = Set.of(failed);
        Map<String, Judgement> checks = new LinkedHashMap<>();
        minimumRequirements().forEach(code -> checks.put(code, new Judgement(!notMet.contains(code),
                notMet.contains(code) ? "Ikke opfyldt: dokumentation mangler" : "Opfyldt, set på stedet")));
        return new SilverAudit(LocalDate.now(DENMARK), List.of(new Judgement(true, "Strategien er fulgt"),
                new Judgement(true, "Privat andel dokumenteret"), new Judgement(false, "Målingen er kun pilot")),
                checks, new ReportSection("Klyngen har forbedret sig på to af tre områder.", "Udbred tilfredshedsmålingen."));
    }

    // --- Gold -----------------------------------------------------------------------------------------------------

    public AssessmentView goldRequested(Long clusterId) {
        return Users.managerOf(clusterId).call(() -> requests.requestGold(clusterId));
    }

    /** An answer for every Gold indicator that meets its threshold. */
    public Map<String, String> goldAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (IndicatorView indicator : catalogue.current().indicators(Scheme.GOLD)) {
            answers.put(indicator.code(), indicator.thresholdValue() != null ? indicator.thresholdValue().toPlainString()
                    : switch (indicator.answerKind()) {
                        case NUMBER -> "42";
                        case PERCENT -> "55";
                        case YES_NO -> "YES";
                        case TEXT -> "Beskrivelse af " + indicator.code();
                    });
        }
        return answers;
    }

    public List<String> goldCodes() {
        return catalogue.current().indicators(Scheme.GOLD).stream().map(IndicatorView::code).toList();
    }

    /** A small PDF, as the evidence upload accepts it. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Evidence covering each of the two calendar years before today (by the app's clock), as Gold submission needs. */
    public List<EvidenceView> goldEvidence(Long clusterId, Long id) {
        int year = LocalDate.now(clock.withZone(DENMARK)).getYear();
        Users manager = Users.managerOf(clusterId);
        return List.of(year - 2, year - 1).stream().map(covered -> manager.call(() -> evidence.add(id, null, covered,
                "aarsrapport-" + covered + ".pdf", new java.io.ByteArrayInputStream(pdf("Årsrapport " + covered))))).toList();
    }

    /** Gap analysis accepted, the two experts assigned, the evidence uploaded, the self-assessment submitted. */
    public AssessmentView goldInAudit(Long clusterId, Users expert, Users secondExpert) {
        Long id = goldRequested(clusterId).id();
        Users manager = Users.managerOf(clusterId);
        manager.run(() -> selfAssessments.saveAnswers(id, goldAnswers()));
        goldEvidence(clusterId, id);
        manager.run(() -> selfAssessments.proceedAfterGapAnalysis(id));
        Users.SUPPORT.run(() -> assignment.assignExperts(id, new AssignExperts(expert.username(), secondExpert.username(),
                TestClock.today().plusDays(14))));
        return manager.call(() -> selfAssessments.submit(id));
    }

    /** Every Gold indicator scored; the named ones not met. The audit runs the given days ending today (by the app's clock). */
    public ScoreIndicators scores(int days, String... notMet) {
        Set<String> failed = Set.of(notMet);
        Map<String, Judgement> scores = new LinkedHashMap<>();
        goldCodes().forEach(code -> scores.put(code, new Judgement(!failed.contains(code),
                failed.contains(code) ? "Under tærsklen" : "Dokumenteret")));
        LocalDate today = LocalDate.now(clock.withZone(DENMARK));
        return new ScoreIndicators(today.minusDays(days - 1L), today, scores);
    }

    /** The first {@code count} Gold indicators that are not minimum requirements, for scores below 80 %. */
    public String[] nonMinimum(int count) {
        return catalogue.current().indicators(Scheme.GOLD).stream().filter(i -> !i.minimumRequirement())
                .map(IndicatorView::code).limit(count).toArray(String[]::new);
    }
}
