-- Assessments (Bronze benchmark now; Silver and Gold reuse the same tables), their answers, success stories,
-- clarification rounds and report, the evidence files, and in-app notifications.

CREATE TABLE assessment (
    id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id             BIGINT        NOT NULL,
    level                  VARCHAR(10)   NOT NULL,
    status                 VARCHAR(30)   NOT NULL,
    catalogue_version_id   BIGINT        NOT NULL,
    requested_by           VARCHAR(100)  NOT NULL,
    requested_at           DATETIME(6)   NOT NULL,
    expert_username        VARCHAR(100),
    planned_interview_date DATE,
    interview_date         DATE,
    report_summary         VARCHAR(4000),
    process_instance_id    VARCHAR(64),
    assignment_escalated   BOOLEAN       NOT NULL DEFAULT FALSE,
    withdrawn_by           VARCHAR(100),
    withdrawal_reason      VARCHAR(1000),
    label_id               BIGINT,
    completed_at           DATETIME(6),
    version                BIGINT        NOT NULL DEFAULT 0,
    updated_at             DATETIME(6)   NOT NULL,
    CONSTRAINT fk_assessment_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_assessment_catalogue FOREIGN KEY (catalogue_version_id) REFERENCES catalogue_version (id)
);
CREATE INDEX ix_assessment_cluster ON assessment (cluster_id, level, status);
CREATE INDEX ix_assessment_expert ON assessment (expert_username, status);

CREATE TABLE assessment_answer (
    assessment_id  BIGINT        NOT NULL,
    indicator_code VARCHAR(20)   NOT NULL,
    indicator_id   BIGINT        NOT NULL,
    answer_value   VARCHAR(4000) NOT NULL,
    updated_by     VARCHAR(100)  NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (assessment_id, indicator_code),
    CONSTRAINT fk_answer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE success_story (
    assessment_id BIGINT        NOT NULL,
    position      INT           NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000) NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_story_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE clarification_round (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id   BIGINT        NOT NULL,
    round_no        INT           NOT NULL,
    indicator_codes VARCHAR(1000) NOT NULL,
    question        VARCHAR(4000) NOT NULL,
    asked_by        VARCHAR(100)  NOT NULL,
    asked_at        DATETIME(6)   NOT NULL,
    response        VARCHAR(4000),
    answered_by     VARCHAR(100),
    answered_at     DATETIME(6),
    CONSTRAINT uk_clarification_round UNIQUE (assessment_id, round_no),
    CONSTRAINT fk_clarification_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE report_section (
    assessment_id   BIGINT        NOT NULL,
    category_code   VARCHAR(20)   NOT NULL,
    findings        VARCHAR(4000) NOT NULL,
    recommendations VARCHAR(4000) NOT NULL,
    PRIMARY KEY (assessment_id, category_code),
    CONSTRAINT fk_report_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);

CREATE TABLE evidence_file (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessment_id  BIGINT        NOT NULL,
    indicator_code VARCHAR(20),
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content        LONGBLOB      NOT NULL,
    uploaded_by    VARCHAR(100)  NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_evidence_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_evidence_assessment ON evidence_file (assessment_id, indicator_code);

-- Sent to one user, or to everybody with a role (for cluster managers: of one cluster).
CREATE TABLE notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    recipient_user VARCHAR(100),
    recipient_role VARCHAR(40),
    cluster_id     BIGINT,
    subject        VARCHAR(300)  NOT NULL,
    body           VARCHAR(4000) NOT NULL,
    link           VARCHAR(300),
    created_at     DATETIME(6)   NOT NULL
);
CREATE INDEX ix_notification_user ON notification (recipient_user, created_at);
CREATE INDEX ix_notification_role ON notification (recipient_role, cluster_id, created_at);
