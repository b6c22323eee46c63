-- Evidence can be withdrawn or replaced while the answers may still change; the row stays as history, marked with
-- who withdrew it, when and why, and the file that replaced it. The version guards concurrent withdrawals.
-- A file sent with the answer to a clarification request names the round it answers.
-- Runs unchanged on MariaDB 10.11 and on H2 2.x in MariaDB mode.

ALTER TABLE evidence_file ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE evidence_file ADD COLUMN withdrawn_at DATETIME(6);
ALTER TABLE evidence_file ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE evidence_file ADD COLUMN withdrawn_reason VARCHAR(500);
ALTER TABLE evidence_file ADD COLUMN replaced_by BIGINT;
ALTER TABLE evidence_file ADD COLUMN clarification_round INT;
