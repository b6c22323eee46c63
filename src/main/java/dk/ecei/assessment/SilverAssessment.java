package dk.ecei.assessment;

import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.Violation;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A Silver assessment: an auditor is assigned, the cluster names three improvement areas tied to Gold indicators,
 * the auditor records a finding per area and checks every minimum requirement on site, which makes the
 * recommendation for the label committee. No score threshold: a missed minimum requirement means no label.
 */
@Entity
@DiscriminatorValue("SILVER")
public class SilverAssessment extends AuditedAssessment {

    /** A Silver application names exactly three improvement areas. */
    static final int IMPROVEMENT_AREAS = 3;

    @ElementCollection
    @CollectionTable(name = "improvement_area", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    private List<ImprovementArea> improvementAreas = new ArrayList<>();

    protected SilverAssessment() {
    }

    /** A renewal names the assessment that earned the label it renews (if the register knows it), for comparison. */
    SilverAssessment(Long clusterId, Long catalogueVersionId, String requestedBy, Instant now, boolean renewal,
            Long previousAssessmentId) {
        super(clusterId, LabelLevel.SILVER, AssessmentStatus.REQUESTED, catalogueVersionId, requestedBy, now, renewal,
                renewal ? previousAssessmentId : null);
    }

    @Override
    Set<AssessmentStatus> answersChangeableIn() {
        return Set.of();
    }

    @Override
    AssessmentStatus sentBackTo() {
        return AssessmentStatus.AUDIT;
    }

    void assignAuditor(String auditor, LocalDate plannedAuditDate, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED), "assignExpert");
        assign(auditor, plannedAuditDate);
        moveTo(AssessmentStatus.SELF_ASSESSMENT, now);
        registerEvent(new ExpertAssigned(getId(), getClusterId(), getLevel(), experts(), plannedAuditDate, null));
    }

    /** Replaces the improvement areas; each names Gold indicators of this catalogue version. */
    void replaceImprovementAreas(List<ImprovementArea> areas, Set<String> goldCodes, Instant now) {
        require(EnumSet.of(AssessmentStatus.REQUESTED, AssessmentStatus.SELF_ASSESSMENT), "changeImprovementAreas");
        List<Violation> problems = new ArrayList<>();
        if (areas.size() > IMPROVEMENT_AREAS) {
            problems.add(Violation.of("rule.areas.tooMany", "Silver takes " + IMPROVEMENT_AREAS
                    + " improvement areas, not " + areas.size(), IMPROVEMENT_AREAS, areas.size()));
        }
        for (int i = 0; i < areas.size(); i++) {
            List<String> codes = areas.get(i).codes();
            String field = "areas[" + i + "].indicatorCodes";
            int area = i + 1;
            if (codes.isEmpty() || codes.stream().allMatch(String::isBlank)) {
                problems.add(Violation.at(field, "rule.area.noIndicator", "Improvement area " + area + " names no indicator", area));
            }
            codes.stream().filter(code -> !code.isBlank() && !goldCodes.contains(code))
                    .forEach(code -> problems.add(Violation.at(field, "rule.area.notGold",
                            "Improvement area " + area + ": " + code + " is not a Gold indicator", area, code)));
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The improvement areas were not saved", problems);
        }
        improvementAreas.clear();
        improvementAreas.addAll(areas);
        registerEvent(new ImprovementAreasSaved(getId(), areas.stream().map(a -> a.title() + " " + a.codes()).toList()));
    }

    @Override
    List<Violation> missing(Collection<String> indicatorCodes, Set<Integer> yearsCovered, LocalDate today) {
        int more = IMPROVEMENT_AREAS - improvementAreas.size();
        return more > 0 ? List.of(Violation.at("areas", "rule.missing.areas",
                more + " more improvement area" + (more == 1 ? "" : "s"), more)) : List.of();
    }

    void submit(Instant now) {
        require(EnumSet.of(AssessmentStatus.SELF_ASSESSMENT), "submitSelfAssessment");
        List<Violation> missing = missing(List.of(), Set.of(), null);
        if (!missing.isEmpty()) {
            throw BusinessRuleException.violated("The self-assessment is not complete", missing);
        }
        moveTo(AssessmentStatus.AUDIT, now);
        registerEvent(new SelfAssessmentSubmitted(getId(), getClusterId(), getLevel(), experts(),
                improvementAreas.size()));
    }

    /**
     * The auditor's on-site findings for each improvement area and the check of every minimum requirement of the
     * Gold indicators, with the report. The checks become the final scores, and the recommendation follows from them.
     */
    void recordAudit(LocalDate auditDate, List<Judgement> areaFindings, Map<String, Judgement> minimumChecks,
            List<IndicatorView> goldIndicators, ReportSection report, String by, LocalDate today, Instant now) {
        recordAudit(auditDate, areaFindings, minimumChecks, goldIndicators, report, by, today, now, true);
    }

    /** As above; {@code awaitsApproval} false: the Silver level has no approval step (ecei.approval.silver). */
    void recordAudit(LocalDate auditDate, List<Judgement> areaFindings, Map<String, Judgement> minimumChecks,
            List<IndicatorView> goldIndicators, ReportSection report, String by, LocalDate today, Instant now,
            boolean awaitsApproval) {
        require(EnumSet.of(AssessmentStatus.AUDIT), "recordSilverAudit");
        Set<String> minimumCodes = goldIndicators.stream().filter(IndicatorView::minimumRequirement)
                .map(IndicatorView::code).collect(Collectors.toCollection(TreeSet::new));
        List<Violation> problems = new ArrayList<>(auditDateProblems(auditDate, auditDate, today, "auditDate", "auditDate"));
        if (areaFindings.size() != improvementAreas.size()) {
            problems.add(Violation.of("rule.audit.findingCount", "Give a finding for each of the " + improvementAreas.size()
                    + " improvement areas, not " + areaFindings.size(), improvementAreas.size(), areaFindings.size()));
        }
        for (int i = 0; i < areaFindings.size(); i++) {
            Judgement f = areaFindings.get(i);
            if (f == null || f.met() == null || f.note() == null || f.note().isBlank()) {
                problems.add(Violation.at("areas[" + i + "]." + (f == null || f.met() == null ? "met" : "note"),
                        "rule.judgement.incomplete", "Each improvement area needs met or not met and a note"));
            }
        }
        problems.addAll(judgementProblems(minimumChecks, minimumCodes, "minimumRequirements", "Check of minimum requirement "));
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The audit is not complete", problems);
        }
        for (int i = 0; i < improvementAreas.size(); i++) {
            Judgement finding = areaFindings.get(i);
            improvementAreas.set(i, improvementAreas.get(i).withFinding(finding.met(), finding.note()));
        }
        finalScores().clear();
        minimumChecks.forEach((code, check) -> finalScores().put(code, new FinalScore(check.met(), check.note().strip(), by, now)));
        audited(auditDate, auditDate);
        report(Map.of("SILVER", report), report.findings());
        ExcellenceScore score = ExcellenceScore.silver(goldIndicators, finalMet());
        registerEvent(new SilverAudited(getId(), auditDate, score.reasons()));
        recommend(score, by, now, awaitsApproval);
    }

    public List<ImprovementArea> getImprovementAreas() {
        return List.copyOf(improvementAreas);
    }
}
