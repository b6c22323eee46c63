-- Issue 13: the certificate of each label, written when the label is. Its number is what the public verification
-- page looks up; valid_from may be set by support staff with a reason (audited), valid_until is the label's.
CREATE TABLE certificate (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    number        VARCHAR(40)   NOT NULL,
    label_id      BIGINT        NOT NULL,
    cluster_id    BIGINT        NOT NULL,
    assessment_id BIGINT,
    level         VARCHAR(10)   NOT NULL,
    valid_from    DATE          NOT NULL,
    valid_until   DATE          NOT NULL,
    issued_at     DATETIME(6)   NOT NULL,
    date_reason   VARCHAR(1000),
    version       BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uk_certificate_number UNIQUE (number),
    CONSTRAINT uk_certificate_label UNIQUE (label_id),
    CONSTRAINT fk_certificate_label FOREIGN KEY (label_id) REFERENCES label (id)
);
CREATE INDEX ix_certificate_cluster ON certificate (cluster_id);
