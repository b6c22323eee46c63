package dk.ecei.document;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.FinalScore;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView;
import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Silver and Gold reports, for whoever may read the assessment (others: not found). */
@Service
@Transactional(readOnly = true)
public class AuditReports {

    private final AssessmentService assessments;
    private final CatalogueService catalogue;
    private final LabelRegister labels;
    private final Certificates certificates;
    private final BenchmarkChanges changes;

    AuditReports(AssessmentService assessments, CatalogueService catalogue, LabelRegister labels,
            Certificates certificates, BenchmarkChanges changes) {
        this.assessments = assessments;
        this.catalogue = catalogue;
        this.labels = labels;
        this.certificates = certificates;
        this.changes = changes;
    }

    public AuditReport report(Long assessmentId, LabelLevel level) {
        AssessmentView a = assessments.get(assessmentId);
        if (a.level() != level || level == LabelLevel.BRONZE) {
            throw NotFoundException.of("auditReport", Violation.named("level." + level, String.valueOf(level)), assessmentId);
        }
        CatalogueView version = catalogue.byCode(a.catalogueVersion());
        List<AuditReport.Category> categories = new ArrayList<>();
        List<AuditReport.Line> minimum = new ArrayList<>();
        for (CategoryView category : version.categories()) {
            if (category.scheme() != Scheme.GOLD) {
                continue;
            }
            List<AuditReport.Line> lines = new ArrayList<>();
            int met = 0;
            int scored = 0;
            for (IndicatorView indicator : category.indicators()) {
                FinalScore score = a.finalScores().get(indicator.code());
                AuditReport.Line line = new AuditReport.Line(indicator, score);
                lines.add(line);
                if (score != null) {
                    scored++;
                    met += score.met() ? 1 : 0;
                }
                if (indicator.minimumRequirement()) {
                    minimum.add(line);
                }
            }
            categories.add(new AuditReport.Category(category, met, scored,
                    scored == 0 ? null : BigDecimal.valueOf(met).divide(BigDecimal.valueOf(scored), 4, RoundingMode.DOWN),
                    lines));
        }
        var label = a.labelId() == null ? null : labels.get(a.labelId());
        return new AuditReport(a, categories, minimum, label,
                a.labelId() == null ? null : certificates.ofLabel(a.labelId()).orElse(null),
                level == LabelLevel.SILVER ? changes.forSilver(assessmentId).orElse(null) : null);
    }
}
