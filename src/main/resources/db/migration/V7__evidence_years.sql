-- The calendar year an evidence file documents (an annual report for 2024 covers 2024). Gold asks for documents
-- covering the two previous years; files stored before this column have no year and count for none.
-- Runs unchanged on MariaDB 10.11 and on H2 2.x in MariaDB mode.

ALTER TABLE evidence_file ADD COLUMN covers_year INT;
CREATE INDEX ix_evidence_year ON evidence_file (assessment_id, covers_year);
