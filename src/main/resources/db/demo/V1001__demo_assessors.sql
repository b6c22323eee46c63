-- Demo data: the two assessors of the demo login (users assessor1 and assessor2 of realm-config and of
-- ecei.security.demo-users). Invented for the demo: names, e-mail addresses, qualifications and the tie.
-- assessor1 worked for House of Energy (cluster 2) until mid-2024, so within the 3-year conflict period they may not
-- assess it; assessor2 is the foreign expert a Gold audit of a Danish cluster needs.

INSERT INTO assessor (username, full_name, email, country, languages, active, created_at, updated_at) VALUES
    ('assessor1', 'Demo Assessor One (DK)', 'assessor1@example.org', 'DK', 'da,en', TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00'),
    ('assessor2', 'Demo Assessor Two (SE)', 'assessor2@example.org', 'SE', 'sv,en', TRUE, '2025-01-01 00:00:00', '2025-01-01 00:00:00');

INSERT INTO assessor_qualification (assessor_id, kind, valid_until)
    SELECT id, 'BENCHMARKING_EXPERT', DATE '2028-12-31' FROM assessor WHERE username = 'assessor1';
INSERT INTO assessor_qualification (assessor_id, kind, valid_until)
    SELECT id, 'SILVER_AUDITOR', DATE '2028-12-31' FROM assessor WHERE username = 'assessor1';
INSERT INTO assessor_qualification (assessor_id, kind, valid_until)
    SELECT id, 'GOLD_ASSESSOR', DATE '2028-12-31' FROM assessor WHERE username = 'assessor1';
INSERT INTO assessor_qualification (assessor_id, kind, valid_until)
    SELECT id, 'BENCHMARKING_EXPERT', DATE '2028-06-30' FROM assessor WHERE username = 'assessor2';
INSERT INTO assessor_qualification (assessor_id, kind, valid_until)
    SELECT id, 'GOLD_ASSESSOR', DATE '2028-06-30' FROM assessor WHERE username = 'assessor2';

INSERT INTO assessor_tie (assessor_id, cluster_id, kind, from_date, to_date, note)
    SELECT id, 2, 'EMPLOYEE', DATE '2021-01-01', DATE '2024-06-30', 'Project manager at House of Energy (demo data)'
    FROM assessor WHERE username = 'assessor1';
