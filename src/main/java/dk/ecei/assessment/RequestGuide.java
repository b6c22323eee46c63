package dk.ecei.assessment;

import dk.ecei.cluster.ClusterService;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelValidityPolicy;
import dk.ecei.label.LabelView;
import dk.ecei.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dk.ecei.cluster.EligibilityProfileView;
import dk.ecei.cluster.ClusterView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the request boxes on a cluster's page offer before anybody clicks: per level whether it is offered at all and
 * every condition that is not met yet, by the same rules {@link AssessmentRequests} applies to the request itself.
 */
@Service
@Transactional(readOnly = true)
public class RequestGuide {

    private final AssessmentRequests requests;
    private final AssessmentRepository assessments;
    private final ClusterService clusters;
    private final LabelRegister labels;
    private final LabelValidityPolicy validity;
    private final AssessmentSteps steps;
    private final SilverGoldSettings settings;

    RequestGuide(AssessmentRequests requests, AssessmentRepository assessments, ClusterService clusters,
            LabelRegister labels, LabelValidityPolicy validity, AssessmentSteps steps, SilverGoldSettings settings) {
        this.requests = requests;
        this.assessments = assessments;
        this.clusters = clusters;
        this.labels = labels;
        this.validity = validity;
        this.steps = steps;
        this.settings = settings;
    }

    /** One request box: the conditions not met (the button is enabled only without any). */
    public record Box(List<Violation> unmet) {
        public boolean enabled() {
            return unmet.isEmpty();
        }
    }

    /**
     * The three boxes; {@code bronzeAgainFrom} is set while a Bronze benchmark was just held: a new one is offered
     * from the day it could count as the second benchmark that Silver needs, not right after an award.
     */
    public record Guide(EligibilityProfileView profile, Box bronze, LocalDate bronzeAgainFrom, Box silver, Box gold) {
        public boolean bronzeOffered() {
            return bronzeAgainFrom == null;
        }
    }

    public Guide of(Long clusterId) {
        return of(clusters.get(clusterId), labels.ofCluster(clusterId));
    }

    /** As {@link #of(Long)}, with the cluster and its labels that the caller has already read. */
    public Guide of(ClusterView cluster, List<LabelView> clusterLabels) {
        Long clusterId = cluster.id();
        LocalDate today = steps.today();
        EligibilityProfileView profile = clusters.eligibilityProfile();
        List<Violation> eligibility = clusters.eligibilityViolations(cluster, profile);
        Set<LabelLevel> open = assessments.levelsInStatus(clusterId, AssessmentSteps.openStatuses());

        List<Violation> bronze = new ArrayList<>(eligibility);
        if (open.contains(LabelLevel.BRONZE)) {
            bronze.add(Violation.of("request.bronzeOpen", "A Bronze benchmark is already in progress"));
        }
        LocalDate againFrom = AssessmentRequests.latest(clusterLabels, LabelLevel.BRONZE)
                .filter(l -> l.assessedOn() != null)
                .map(l -> l.assessedOn().plusMonths(settings.silverMinMonthsBetweenBronze()))
                .filter(today::isBefore).orElse(null);

        List<Violation> labelAssessmentOpen = open.contains(LabelLevel.SILVER) || open.contains(LabelLevel.GOLD)
                ? List.of(Violation.of("request.labelAssessmentOpen", "A Silver or Gold assessment is already in progress"))
                : List.of();
        List<Violation> silver = new ArrayList<>(eligibility);
        Optional<LabelView> renewed = AssessmentRequests.latest(clusterLabels, LabelLevel.SILVER)
                .filter(l -> validity.withinRenewalWindow(today, l.validUntil()));
        if (renewed.isEmpty()) {
            silver.addAll(requests.silverPrerequisiteProblems(clusterLabels));
        }
        silver.addAll(labelAssessmentOpen);
        List<Violation> gold = new ArrayList<>(eligibility);
        gold.addAll(labelAssessmentOpen);
        return new Guide(profile, new Box(List.copyOf(bronze)), againFrom, new Box(List.copyOf(silver)), new Box(List.copyOf(gold)));
    }
}
