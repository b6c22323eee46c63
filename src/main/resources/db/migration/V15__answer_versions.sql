-- Every answer carries its own version: a stale save of one answer is refused, and saves of different answers do
-- not touch the assessment row (nor its version). Existing answers start at version 1.
ALTER TABLE assessment_answer ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
