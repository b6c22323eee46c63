-- Core register: cluster organisations, their labels, the indicator catalogue and the audit trail.
-- Written for MariaDB; the embedded default runs it on H2 in MariaDB mode, so only the common subset is used.

CREATE TABLE cluster (
    id                              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name                            VARCHAR(200) NOT NULL,
    cvr_number                      VARCHAR(8),
    cluster_type                    VARCHAR(40)  NOT NULL,
    region                          VARCHAR(40),
    secretariat_fte                 DECIMAL(6, 2),
    members_companies               INT,
    members_smes                    INT,
    members_knowledge_institutions INT,
    members_public_actors           INT,
    members_other                   INT,
    website                         VARCHAR(300),
    version                         BIGINT       NOT NULL DEFAULT 0,
    created_at                      DATETIME(6)  NOT NULL,
    updated_at                      DATETIME(6)  NOT NULL,
    CONSTRAINT uk_cluster_name UNIQUE (name),
    CONSTRAINT uk_cluster_cvr UNIQUE (cvr_number)
);

CREATE TABLE cluster_field (
    cluster_id BIGINT      NOT NULL,
    field      VARCHAR(40) NOT NULL,
    PRIMARY KEY (cluster_id, field),
    CONSTRAINT fk_cluster_field_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id) ON DELETE CASCADE
);

CREATE TABLE label (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id        BIGINT       NOT NULL,
    level             VARCHAR(10)  NOT NULL,
    assessed_on       DATE         NOT NULL,
    awarded_on        DATE         NOT NULL,
    valid_until       DATE         NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    withdrawn_on      DATE,
    status_reason     VARCHAR(1000),
    assessment_id     BIGINT,
    previous_label_id BIGINT,
    source            VARCHAR(300),
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    CONSTRAINT fk_label_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_label_previous FOREIGN KEY (previous_label_id) REFERENCES label (id)
);
CREATE INDEX ix_label_validity ON label (level, awarded_on, valid_until);
CREATE INDEX ix_label_cluster ON label (cluster_id, level);

-- A catalogue version is immutable once published; assessments keep the version they started with.
CREATE TABLE catalogue_version (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                VARCHAR(40)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    description         VARCHAR(2000),
    reference_catalogue BOOLEAN      NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    gold_pass_share     DECIMAL(5, 4) NOT NULL,
    published_at        DATETIME(6),
    published_by        VARCHAR(100),
    created_at          DATETIME(6)  NOT NULL,
    CONSTRAINT uk_catalogue_version_code UNIQUE (code)
);

-- scheme: BRONZE (the benchmark questionnaire) or GOLD (the quality indicators audited for Silver and Gold).
CREATE TABLE indicator_category (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    catalogue_version_id BIGINT       NOT NULL,
    scheme               VARCHAR(10)  NOT NULL,
    code                 VARCHAR(20)  NOT NULL,
    name_da              VARCHAR(200) NOT NULL,
    name_en              VARCHAR(200) NOT NULL,
    position             INT          NOT NULL,
    CONSTRAINT uk_category_code UNIQUE (catalogue_version_id, scheme, code),
    CONSTRAINT fk_category_catalogue FOREIGN KEY (catalogue_version_id) REFERENCES catalogue_version (id)
);

-- answer_kind: NUMBER, PERCENT, YES_NO, TEXT.
-- threshold_operator (Gold scheme only): AT_LEAST / AT_MOST compare a numeric answer with threshold_value,
-- YES needs a yes, ASSESSED is the experts' judgement against the guidance.
CREATE TABLE indicator (
    id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    category_id          BIGINT        NOT NULL,
    code                 VARCHAR(20)   NOT NULL,
    name_da              VARCHAR(300)  NOT NULL,
    name_en              VARCHAR(300)  NOT NULL,
    guidance_da          VARCHAR(2000),
    guidance_en          VARCHAR(2000),
    answer_kind          VARCHAR(10)   NOT NULL,
    unit                 VARCHAR(40),
    threshold_operator   VARCHAR(10),
    threshold_value      DECIMAL(14, 2),
    minimum_requirement  BOOLEAN       NOT NULL DEFAULT FALSE,
    position             INT           NOT NULL,
    CONSTRAINT uk_indicator_code UNIQUE (category_id, code),
    CONSTRAINT fk_indicator_category FOREIGN KEY (category_id) REFERENCES indicator_category (id)
);

CREATE TABLE audit_event (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at    DATETIME(6)   NOT NULL,
    actor          VARCHAR(100)  NOT NULL,
    aggregate_type VARCHAR(40)   NOT NULL,
    aggregate_id   BIGINT        NOT NULL,
    action         VARCHAR(60)   NOT NULL,
    detail         VARCHAR(4000)
);
CREATE INDEX ix_audit_aggregate ON audit_event (aggregate_type, aggregate_id, occurred_at);
