-- Silver and Gold assessments reuse the assessment table: the second Gold expert, renewal, the audit dates, the
-- recommendation with its score, and four tables for the Silver improvement areas, each expert's indicator scores,
-- the agreed final scores and every decision (who, when, why).
-- Runs unchanged on MariaDB 10.11 and on H2 2.x in MariaDB mode.

ALTER TABLE assessment ADD COLUMN second_expert_username VARCHAR(100);
ALTER TABLE assessment ADD COLUMN renewal BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE assessment ADD COLUMN previous_assessment_id BIGINT;
ALTER TABLE assessment ADD COLUMN audit_days INT;
ALTER TABLE assessment ADD COLUMN audit_until DATE;
ALTER TABLE assessment ADD COLUMN recommendation VARCHAR(10);
ALTER TABLE assessment ADD COLUMN indicators_met INT;
ALTER TABLE assessment ADD COLUMN indicators_scored INT;
ALTER TABLE assessment ADD COLUMN excellence_share DECIMAL(5, 4);
ALTER TABLE assessment ADD COLUMN recommendation_reasons VARCHAR(4000);
CREATE INDEX ix_assessment_second_expert ON assessment (second_expert_username, status);

CREATE TABLE improvement_area (
    assessment_id   BIGINT        NOT NULL,
    position        INT           NOT NULL,
    title           VARCHAR(200)  NOT NULL,
    indicator_codes VARCHAR(1000) NOT NULL,
    what_changed    VARCHAR(4000) NOT NULL,
    evidence        VARCHAR(4000) NOT NULL,
    finding_met     BOOLEAN,
    finding_note    VARCHAR(4000),
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_improvement_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE indicator_score (
    assessment_id  BIGINT        NOT NULL,
    indicator_code VARCHAR(20)   NOT NULL,
    scored_by      VARCHAR(100)  NOT NULL,
    met            BOOLEAN       NOT NULL,
    note           VARCHAR(4000) NOT NULL,
    scored_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (assessment_id, indicator_code, scored_by),
    CONSTRAINT fk_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE final_score (
    assessment_id  BIGINT        NOT NULL,
    indicator_code VARCHAR(20)   NOT NULL,
    met            BOOLEAN       NOT NULL,
    note           VARCHAR(4000) NOT NULL,
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (assessment_id, indicator_code),
    CONSTRAINT fk_final_score_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE assessment_decision (
    assessment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    kind          VARCHAR(40)   NOT NULL,
    outcome       VARCHAR(40)   NOT NULL,
    reason        VARCHAR(4000) NOT NULL,
    decided_by    VARCHAR(100)  NOT NULL,
    decided_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_decision_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
