-- The assessor register: the experts who benchmark, audit and assess clusters, what they are qualified for until
-- when, and their ties to clusters (the basis of the conflict-of-interest check). Same MariaDB/H2 subset as V1.

-- username is the Keycloak user name; country is ISO 3166 alpha-2; languages are ISO 639-1 codes, comma separated.
CREATE TABLE assessor (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username   VARCHAR(100) NOT NULL,
    full_name  VARCHAR(200) NOT NULL,
    email      VARCHAR(200) NOT NULL,
    country    VARCHAR(2)   NOT NULL,
    languages  VARCHAR(100) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    version    BIGINT       NOT NULL DEFAULT 0,
    created_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    CONSTRAINT uk_assessor_username UNIQUE (username)
);

-- kind: BENCHMARKING_EXPERT, SILVER_AUDITOR, GOLD_ASSESSOR. One row per kind; a renewal moves valid_until.
CREATE TABLE assessor_qualification (
    assessor_id BIGINT      NOT NULL,
    kind        VARCHAR(30) NOT NULL,
    valid_until DATE        NOT NULL,
    PRIMARY KEY (assessor_id, kind),
    CONSTRAINT fk_assessor_qualification_assessor FOREIGN KEY (assessor_id) REFERENCES assessor (id) ON DELETE CASCADE
);

-- kind: MEMBER, EMPLOYEE, CONSULTANT. An empty to_date means the tie is ongoing.
CREATE TABLE assessor_tie (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    assessor_id BIGINT        NOT NULL,
    cluster_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    from_date   DATE          NOT NULL,
    to_date     DATE,
    note        VARCHAR(1000),
    CONSTRAINT fk_assessor_tie_assessor FOREIGN KEY (assessor_id) REFERENCES assessor (id) ON DELETE CASCADE,
    CONSTRAINT fk_assessor_tie_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT ck_assessor_tie_period CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX ix_assessor_tie_cluster ON assessor_tie (cluster_id, assessor_id);
