-- Issue 16: the Gold pass rule is catalogue data. gold_pass_basis says what gold_pass_share is a share of:
-- INDICATORS_MET (ECEI: the indicators met) or POINTS (Baden-Wuerttemberg style: the maximum points, each
-- indicator worth its max_points when met). Versions published so far keep the ECEI rule; every indicator is worth 1.
ALTER TABLE catalogue_version ADD COLUMN gold_pass_basis VARCHAR(20) NOT NULL DEFAULT 'INDICATORS_MET';
ALTER TABLE indicator ADD COLUMN max_points INT NOT NULL DEFAULT 1;
