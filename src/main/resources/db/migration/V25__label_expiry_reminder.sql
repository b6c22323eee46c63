-- The label module sends the expiry reminder from the nightly process; it remembers the day it did, so a label is
-- reminded once. Labels the assessment processes already reminded (audited EXPIRY_REMINDED) keep that day.
ALTER TABLE label ADD COLUMN expiry_reminded_on DATE;

UPDATE label SET expiry_reminded_on = (
    SELECT CAST(MAX(e.occurred_at) AS DATE) FROM audit_event e
    WHERE e.aggregate_type = 'Label' AND e.aggregate_id = label.id AND e.action = 'EXPIRY_REMINDED');

CREATE INDEX ix_label_status_valid_until ON label (status, valid_until);
