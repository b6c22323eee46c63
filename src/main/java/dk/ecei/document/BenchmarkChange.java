package dk.ecei.document;

import dk.ecei.document.BenchmarkReport.Change;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One indicator's move between a cluster's benchmark and its previous one (the read model of V85). */
@Entity
@Table(name = "benchmark_change")
class BenchmarkChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "previous_assessment_id", nullable = false)
    private Long previousAssessmentId;

    @Column(name = "cluster_id", nullable = false)
    private Long clusterId;

    @Column(name = "catalogue_version_id", nullable = false)
    private Long catalogueVersionId;

    @Column(name = "indicator_code", nullable = false)
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Change direction;

    @Column(name = "value_before")
    private String valueBefore;

    @Column(name = "value_now")
    private String valueNow;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    protected BenchmarkChange() {
    }

    BenchmarkChange(Long assessmentId, Long previousAssessmentId, Long clusterId, Long catalogueVersionId,
            String indicatorCode, Change direction, String valueBefore, String valueNow, Instant computedAt) {
        this.assessmentId = assessmentId;
        this.previousAssessmentId = previousAssessmentId;
        this.clusterId = clusterId;
        this.catalogueVersionId = catalogueVersionId;
        this.indicatorCode = indicatorCode;
        this.direction = direction;
        this.valueBefore = valueBefore;
        this.valueNow = valueNow;
        this.computedAt = computedAt;
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    Long getPreviousAssessmentId() {
        return previousAssessmentId;
    }

    Long getCatalogueVersionId() {
        return catalogueVersionId;
    }

    String getIndicatorCode() {
        return indicatorCode;
    }

    Change getDirection() {
        return direction;
    }

    String getValueBefore() {
        return valueBefore;
    }

    String getValueNow() {
        return valueNow;
    }
}
