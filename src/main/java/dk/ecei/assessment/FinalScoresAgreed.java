package dk.ecei.assessment;


/** Gold: the lead expert recorded the agreed final scores. */
public record FinalScoresAgreed(Long assessmentId, String summary) implements AssessmentEvent {

    @Override
    public String action() {
        return "FINAL_SCORES_AGREED";
    }

    @Override
    public String auditDetail() {
        return summary;
    }
}
