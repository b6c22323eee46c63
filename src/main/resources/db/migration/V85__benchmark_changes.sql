-- Issue 13: the change of each indicator between a cluster's Bronze benchmark and its previous one, written by the
-- document module when the later benchmark's report is written (ReportWritten) and read by the Silver step, which
-- offers the indicators that improved since the earlier Bronze. A read model: it can be computed again from the
-- answers at any time; the values are kept only for numbers and yes/no answers (texts are only compared).
CREATE TABLE benchmark_change (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id          BIGINT        NOT NULL,
    previous_assessment_id BIGINT        NOT NULL,
    cluster_id             BIGINT        NOT NULL,
    catalogue_version_id   BIGINT        NOT NULL,
    indicator_code         VARCHAR(20)   NOT NULL,
    direction              VARCHAR(20)   NOT NULL,
    value_before           VARCHAR(40),
    value_now              VARCHAR(40),
    computed_at            DATETIME(6)   NOT NULL,
    CONSTRAINT uk_benchmark_change UNIQUE (assessment_id, indicator_code)
);
CREATE INDEX ix_benchmark_change_cluster ON benchmark_change (cluster_id, assessment_id);
