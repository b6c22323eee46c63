package dk.ecei.assessment;

import dk.ecei.shared.IllegalStateChangeException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One round of questions from the expert on named indicators, and the cluster's answer. Kept for good. */
@Entity
@Table(name = "clarification_round")
public class ClarificationRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_no", nullable = false)
    private int roundNo;

    @Column(name = "indicator_codes", nullable = false)
    private String indicatorCodes;

    @Column(nullable = false)
    private String question;

    @Column(name = "asked_by", nullable = false)
    private String askedBy;

    @Column(name = "asked_at", nullable = false)
    private Instant askedAt;

    private String response;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected ClarificationRound() {
    }

    ClarificationRound(int roundNo, List<String> indicatorCodes, String question, String askedBy, Instant askedAt) {
        this.roundNo = roundNo;
        this.indicatorCodes = String.join(",", indicatorCodes);
        this.question = question;
        this.askedBy = askedBy;
        this.askedAt = askedAt;
    }

    void answer(String response, String answeredBy, Instant answeredAt) {
        if (this.response != null) {
            throw IllegalStateChangeException.of("roundAnswered", String.valueOf(roundNo));
        }
        this.response = response;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    boolean isOpen() {
        return response == null;
    }

    public int getRoundNo() {
        return roundNo;
    }

    public List<String> getIndicatorCodes() {
        return Arrays.asList(indicatorCodes.split(","));
    }

    public String getQuestion() {
        return question;
    }

    public String getAskedBy() {
        return askedBy;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public String getResponse() {
        return response;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
