package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;
import dk.ecei.security.CurrentUser;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one reader may do with an assessment now, from the step catalogue: the holder of the open step may take its
 * actions; the cluster's managers may also keep their answers, evidence and improvement areas current while the
 * request waits for an expert, and withdraw while the assessment is open. The services enforce the same rules
 * when the action arrives; this only tells the pages what to offer.
 */
public final class AllowedActions {

    private AllowedActions() {
    }

    /** The facts of an assessment the actions depend on. */
    public record Facts(LabelLevel level, AssessmentStatus status, Long clusterId, String expert, String secondExpert,
            Set<String> scoredBy) {
    }

    public static Set<Action> of(Facts a, CurrentUser user) {
        Set<Action> allowed = EnumSet.noneOf(Action.class);
        if (!a.status().isOpen()) {
            return allowed;
        }
        boolean manager = user.managesCluster(a.clusterId());
        if (manager || user.isSupportStaff()) {
            allowed.add(Action.WITHDRAW);
        }
        if (manager && a.status() == AssessmentStatus.REQUESTED) {
            allowed.addAll(a.level() == LabelLevel.SILVER ? EnumSet.of(Action.EDIT_IMPROVEMENT_AREAS)
                    : EnumSet.of(Action.EDIT_ANSWERS, Action.UPLOAD_EVIDENCE));
        }
        Step.at(a.level(), a.status()).filter(step -> holds(step, a, user)).ifPresent(step -> allowed.addAll(step.actions()));
        return allowed;
    }

    private static boolean holds(Step step, Facts a, CurrentUser user) {
        String me = user.username();
        return switch (step.holder()) {
            case SUPPORT_STAFF -> user.isSupportStaff();
            case CLUSTER_MANAGER -> user.managesCluster(a.clusterId());
            case EXPERT -> me.equals(a.expert());
            case EACH_EXPERT -> (me.equals(a.expert()) || me.equals(a.secondExpert())) && !a.scoredBy().contains(me);
        };
    }
}
