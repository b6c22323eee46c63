-- The approval body decides recommendations one by one or as a batch at a meeting: a decision taken at a meeting
-- names it and its day (who, when and why are the decision's existing columns).
-- (Two statements: the embedded default's H2 takes one column per ALTER TABLE.)
ALTER TABLE assessment_decision ADD COLUMN meeting_name VARCHAR(200) NULL;
ALTER TABLE assessment_decision ADD COLUMN meeting_date DATE NULL;
