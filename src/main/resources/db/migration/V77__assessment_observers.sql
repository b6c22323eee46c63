-- An observer attached to an audit (for example a regional agency's person) reads the assessment and never scores.
CREATE TABLE assessment_observer (
    assessment_id BIGINT       NOT NULL,
    position      INT          NOT NULL,
    username      VARCHAR(100) NOT NULL,
    organisation  VARCHAR(200) NOT NULL,
    attached_by   VARCHAR(100) NOT NULL,
    attached_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_observer_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
CREATE INDEX ix_assessment_observer_username ON assessment_observer (username);
