package dk.ecei.assessment;

import dk.ecei.support.TestClock;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.Region;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.Scheme;
import dk.ecei.support.Users;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Builds Bronze benchmarks in a chosen step for tests, through the same services the API uses. */
@Component
public class BronzeFixture {

    private final ClusterService clusters;
    private final AssessmentService assessments;
    private final AssessmentRequests requests;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final CatalogueService catalogue;

    BronzeFixture(ClusterService clusters, AssessmentService assessments, AssessmentRequests requests, ExpertAssignment assignment, SelfAssessments selfAssessments, CatalogueService catalogue) {
        this.clusters = clusters;
        this.assessments = assessments;
        this.requests = requests;
        this.assignment = assignment;
        this.selfAssessments = selfAssessments;
        this.catalogue = catalogue;
    }

    /** A new cluster that meets the eligibility rules. */
    public Long eligibleCluster() {
        return Users.SUPPORT.call(() -> clusters.register(new ClusterDetails("Bronzeklynge " + UUID.randomUUID(), null,
                ClusterType.REGIONAL_CLUSTER, Region.SYDDANMARK, Set.of(ClusterField.ENERGY), new BigDecimal("1.5"),
                new ClusterDetails.MembershipCounts(25, 20, 3, 2, 0), "https://example.org"))).id();
    }

    public AssessmentView requested(Long clusterId) {
        return Users.managerOf(clusterId).call(() -> requests.requestBenchmark(clusterId));
    }

    public AssessmentView assigned(Long clusterId, Users expert) {
        return assign(requested(clusterId).id(), expert);
    }

    public AssessmentView assign(Long id, Users expert) {
        return Users.SUPPORT.call(() -> assignment.assignExpert(id, new AssignExpert(expert.username(), TestClock.today().plusDays(14))));
    }

    /** One valid answer for every Bronze indicator of the catalogue in force. */
    public Map<String, String> completeAnswers() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (CatalogueView.IndicatorView indicator : catalogue.current().indicators(Scheme.BRONZE)) {
            answers.put(indicator.code(), switch (indicator.answerKind()) {
                case NUMBER -> "42";
                case PERCENT -> "55";
                case YES_NO -> "YES";
                case TEXT -> "Beskrivelse af " + indicator.code();
            });
        }
        return answers;
    }

    public List<SuccessStory> stories() {
        return List.of(new SuccessStory("Fælles testcenter", "Ti virksomheder deler et testcenter."),
                new SuccessStory("Eksportfremstød", "Seks SMV'er fik deres første ordre i Tyskland."),
                new SuccessStory("Nyt produkt", "Et universitet og to virksomheder udviklede en ny sensor."));
    }

    public AssessmentView submitted(Long clusterId, Users expert) {
        return fillAndSubmit(clusterId, assigned(clusterId, expert).id());
    }

    public AssessmentView fillAndSubmit(Long clusterId, Long id) {
        Users manager = Users.managerOf(clusterId);
        manager.run(() -> selfAssessments.saveAnswers(id, completeAnswers()));
        manager.run(() -> selfAssessments.saveSuccessStories(id, stories()));
        return manager.call(() -> selfAssessments.submit(id));
    }

    public WriteReport report(Long assessmentId) {
        Map<String, ReportSection> groups = new LinkedHashMap<>();
        catalogue.current().categories().stream().filter(c -> c.scheme() == Scheme.BRONZE)
                .forEach(c -> groups.put(c.code(), new ReportSection("Fund for " + c.code(), "Anbefalinger for " + c.code())));
        return new WriteReport(TestClock.today(), groups, "Klyngen er veldrevet.");
    }
}
