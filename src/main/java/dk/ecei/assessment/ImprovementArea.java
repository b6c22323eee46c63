package dk.ecei.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/**
 * One of the three areas a cluster names for Silver: the Gold indicators it touches, what changed since the first
 * benchmark, the evidence for it, and the auditor's finding against the matching Gold thresholds.
 */
@Embeddable
public record ImprovementArea(
        @Column(name = "title", nullable = false) String title,
        @Column(name = "indicator_codes", nullable = false) String indicatorCodes,
        @Column(name = "what_changed", nullable = false) String whatChanged,
        @Column(name = "evidence", nullable = false) String evidence,
        @Column(name = "finding_met") Boolean findingMet,
        @Column(name = "finding_note") String findingNote) {

    static ImprovementArea of(String title, List<String> codes, String whatChanged, String evidence) {
        return new ImprovementArea(title.strip(), String.join(",", codes), whatChanged.strip(), evidence.strip(), null, null);
    }

    public List<String> codes() {
        return Arrays.asList(indicatorCodes.split(","));
    }

    ImprovementArea withFinding(boolean met, String note) {
        return new ImprovementArea(title, indicatorCodes, whatChanged, evidence, met, note.strip());
    }
}
