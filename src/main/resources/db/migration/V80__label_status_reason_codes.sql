-- An expired label's status reason was an English sentence ("Validity ended 2026-12-31"); it becomes the stored
-- code with the date as its argument (Violation.stored), so that each reader reads it in their language.
UPDATE label
SET status_reason = CONCAT('[{"code":"label.statusReason.expired","arguments":[{"date":"',
        SUBSTRING(status_reason, 16, 10), '"}],"text":null}]')
WHERE status = 'EXPIRED' AND status_reason LIKE 'Validity ended ____-__-__';
