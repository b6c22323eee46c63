-- Conflicts of interest stay refused by default; support staff may record a waiver that lets one assessor with a tie to
-- the cluster take the assignment: the waived refusals (as codes), why, who approved it, who recorded it and when.
CREATE TABLE assessment_conflict_waiver (
    assessment_id     BIGINT        NOT NULL,
    position          INT           NOT NULL,
    assessor_username VARCHAR(100)  NOT NULL,
    conflicts         VARCHAR(4000) NOT NULL,
    reason            VARCHAR(2000) NOT NULL,
    approved_by       VARCHAR(200)  NOT NULL,
    recorded_by       VARCHAR(100)  NOT NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    PRIMARY KEY (assessment_id, position),
    CONSTRAINT fk_conflict_waiver_assessment FOREIGN KEY (assessment_id) REFERENCES assessment (id)
);
