package dk.ecei.assessment;

import dk.ecei.shared.Violation;
import dk.ecei.shared.Notifying.Kind;
import dk.ecei.shared.Notifying;
import java.util.List;

/** The cluster answered the open clarification round; {@code changed} is null when no answer changed. */
public record ClarificationAnswered(Long assessmentId, Long clusterId, String expert, int round, List<String> changed) implements AssessmentEvent, Notifying {

    @Override
    public String action() {
        return "CLARIFICATION_ANSWERED";
    }

    @Override
    public List<Violation> auditDetail() {
        return List.of(changed == null
                ? Violation.of("trail.detail.clarificationAnswered", "round " + round, round)
                : Violation.of("trail.detail.clarificationAnsweredChanged", "round " + round + ", changed " + changed, round,
                        String.join(", ", changed)));
    }

    @Override
    public List<Notice> notices() {
        return List.of(Notice.toUser(expert, Kind.CLARIFICATION, "notice.clarification.answered", link(),
                Notice.cluster(clusterId), round));
    }

}
