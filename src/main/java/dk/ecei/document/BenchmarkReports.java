package dk.ecei.document;

import dk.ecei.assessment.AssessmentService;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.BenchmarkResults;
import dk.ecei.assessment.BenchmarkResults.BenchmarkResult;
import dk.ecei.assessment.Questionnaire;
import dk.ecei.cluster.ClusterService;
import dk.ecei.indicator.AnswerKind;
import dk.ecei.indicator.CatalogueView.CategoryView;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.label.LabelLevel;
import dk.ecei.shared.NotFoundException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bronze benchmarking report with its peer comparison. Only who may read the benchmark (its cluster, its expert,
 * support staff) gets it; anybody else is told it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class BenchmarkReports {

    private final AssessmentService assessments;
    private final BenchmarkResults results;
    private final ClusterService clusters;
    private final PeerFigures peers;
    private final DocumentSettings settings;

    BenchmarkReports(AssessmentService assessments, BenchmarkResults results, ClusterService clusters, PeerFigures peers,
            DocumentSettings settings) {
        this.assessments = assessments;
        this.results = results;
        this.clusters = clusters;
        this.peers = peers;
        this.settings = settings;
    }

    public BenchmarkReport report(Long assessmentId) {
        AssessmentView a = assessments.get(assessmentId);
        if (a.level() != LabelLevel.BRONZE) {
            throw NotFoundException.of("benchmarkReport", assessmentId);
        }
        Questionnaire q = assessments.questionnaire(assessmentId);
        BenchmarkResult previous = previousOf(a);
        Map<String, BigDecimal> previousNumbers = previous == null ? Map.of() : PeerFigures.numbers(previous.answers());
        PeerFigures.Member me = peers.member(clusters.get(a.clusterId()));
        List<BenchmarkReport.Group> groups = new ArrayList<>();
        for (CategoryView group : q.groups()) {
            List<BenchmarkReport.Line> lines = new ArrayList<>();
            for (IndicatorView indicator : group.indicators()) {
                String value = a.answers().containsKey(indicator.code()) ? a.answers().get(indicator.code()).value() : null;
                BigDecimal own = PeerFigures.numbers(value == null ? Map.of() : Map.of(indicator.code(), value)).get(indicator.code());
                Map<PeerGroup, PeerStatistics> shown = numeric(indicator) ? peers.compare(me, a.catalogueVersion(), indicator.code(), own) : Map.of();
                String before = previous == null ? null : previous.answers().get(indicator.code());
                lines.add(new BenchmarkReport.Line(indicator, value, before,
                        change(indicator, value, before, own, previousNumbers.get(indicator.code())), shown,
                        shown.isEmpty() ? null : BenchmarkReport.Chart.of(shown, own)));
            }
            groups.add(new BenchmarkReport.Group(group, a.report().get(group.code()), lines));
        }
        return new BenchmarkReport(a, previous == null ? null : previous.assessmentId(), settings.minimumPeerGroupSize(),
                groups);
    }

    /** The cluster's completed benchmark before this one, if any; for one not completed yet, the latest completed. */
    private BenchmarkResult previousOf(AssessmentView a) {
        boolean completed = a.status() == dk.ecei.assessment.AssessmentStatus.COMPLETED;
        List<BenchmarkResult> upTo = results.withEarlier(a.clusterId(), completed ? a.id() : null);
        if (completed) {
            return upTo.size() == 2 ? upTo.get(0) : null;
        }
        return upTo.isEmpty() ? null : upTo.get(upTo.size() - 1);
    }

    static boolean numeric(IndicatorView indicator) {
        return indicator.answerKind() == AnswerKind.NUMBER || indicator.answerKind() == AnswerKind.PERCENT;
    }

    static BenchmarkReport.Change change(IndicatorView indicator, String now, String before, BigDecimal nowNumber,
            BigDecimal beforeNumber) {
        if (now == null || before == null) {
            return BenchmarkReport.Change.NOT_COMPARABLE;
        }
        if (nowNumber != null && beforeNumber != null) {
            int c = nowNumber.compareTo(beforeNumber);
            return c > 0 ? BenchmarkReport.Change.IMPROVED : c < 0 ? BenchmarkReport.Change.DECLINED : BenchmarkReport.Change.UNCHANGED;
        }
        if (indicator.answerKind() == AnswerKind.YES_NO) {
            return now.equals(before) ? BenchmarkReport.Change.UNCHANGED
                    : "YES".equals(now) ? BenchmarkReport.Change.IMPROVED : BenchmarkReport.Change.DECLINED;
        }
        return now.strip().equals(before.strip()) ? BenchmarkReport.Change.UNCHANGED : BenchmarkReport.Change.CHANGED;
    }
}
