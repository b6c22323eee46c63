package dk.ecei.document;

import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.FinalScore;
import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelView;
import java.math.BigDecimal;
import java.util.List;

/**
 * A Silver or Gold report: the improvement areas with the auditor's findings (Silver), the excellence score overall
 * and per category with every indicator met or not and the experts' notes (Gold), the minimum requirements, the
 * recommendation and the label committee's decisions, and the label if one was awarded. A Silver report also carries
 * what improved since the cluster's earlier Bronze benchmark ({@code since}, null for Gold or without two benchmarks),
 * so each improvement area names the Bronze indicators behind it.
 */
public record AuditReport(AssessmentView assessment, List<Category> categories, List<Line> minimumRequirements,
        LabelView label, CertificateView certificate, BenchmarkChanges.SinceEarlierBronze since) {

    public boolean gold() {
        return assessment.level() == dk.ecei.label.LabelLevel.GOLD;
    }

    public record Category(CategoryView category, int met, int scored, BigDecimal share, List<Line> indicators) {
    }

    /** One indicator with the score that counts (null while not scored). */
    public record Line(IndicatorView indicator, FinalScore score) {

        public Boolean met() {
            return score == null ? null : score.met();
        }
    }
}
