-- Demo data (issue 13): a completed Bronze benchmark of 2016 for 38 of the 41 demo clusters, so that the peer groups
-- of a benchmarking report have members. Invented for the demo: every answer, finding and recommendation (the figures
-- are spread deterministically from the cluster and indicator ids). No label is written: the source names no Bronze
-- cluster of 2016. The clusters of the demo users (1 CLEAN, 2 House of Energy, 10 BrainsBusiness) are left out, so
-- their own first benchmark can be tried from the request. The marker of these rows is requested_by 'demo-2016'.

INSERT INTO assessment (cluster_id, level, status, catalogue_version_id, requested_by, requested_at, expert_username,
                        planned_interview_date, interview_date, report_summary, assignment_escalated, completed_at,
                        version, updated_at)
SELECT id, 'BRONZE', 'COMPLETED', 1, 'demo-2016', TIMESTAMP '2016-03-01 09:00:00', 'assessor1', DATE '2016-05-10',
       DATE '2016-05-10', 'Demo: benchmark fra 2016 til sammenligningen.', FALSE, TIMESTAMP '2016-05-20 12:00:00', 0,
       TIMESTAMP '2016-05-20 12:00:00'
FROM cluster WHERE id BETWEEN 3 AND 41 AND id <> 10;

INSERT INTO assessment_answer (assessment_id, indicator_code, indicator_id, answer_value, updated_by, updated_at, version)
SELECT a.id, i.code, i.id,
       CASE i.answer_kind
           WHEN 'NUMBER' THEN CONCAT('', MOD(a.cluster_id * 37 + i.id * 11, 90) + 10)
           WHEN 'PERCENT' THEN CONCAT('', MOD(a.cluster_id * 53 + i.id * 7, 81) + 10)
           WHEN 'YES_NO' THEN CASE WHEN MOD(a.cluster_id + i.id, 3) = 0 THEN 'NO' ELSE 'YES' END
           ELSE CONCAT('Demo: svar på ', i.code)
       END,
       'demo-2016', TIMESTAMP '2016-04-01 10:00:00', 1
FROM assessment a
JOIN indicator_category c ON c.catalogue_version_id = 1 AND c.scheme = 'BRONZE'
JOIN indicator i ON i.category_id = c.id
WHERE a.requested_by = 'demo-2016';

INSERT INTO report_section (assessment_id, category_code, findings, recommendations)
SELECT a.id, c.code, CONCAT('Demo: ekspertens fund for ', c.name_da, '.'),
       CONCAT('Demo: ekspertens anbefalinger for ', c.name_da, '.')
FROM assessment a
JOIN indicator_category c ON c.catalogue_version_id = 1 AND c.scheme = 'BRONZE'
WHERE a.requested_by = 'demo-2016';

INSERT INTO success_story (assessment_id, position, title, description)
SELECT a.id, 0, 'Demo: fælles projekt', 'Demo: et samarbejdsprojekt mellem deltagerne.'
FROM assessment a WHERE a.requested_by = 'demo-2016';
