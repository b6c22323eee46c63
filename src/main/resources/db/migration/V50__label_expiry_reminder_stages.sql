-- Issue 12: a label is reminded at several stages before its end (ecei.labels.expiry-reminder-days, by default 90,
-- 60, 30 and 7 days) and once while its renewal window is still open; each stage once. One row per stage sent
-- replaces the single day of V25. A label reminded before keeps that reminder as its first (90-day) stage.
CREATE TABLE label_expiry_reminder (
    label_id BIGINT      NOT NULL,
    stage    VARCHAR(20) NOT NULL,
    sent_on  DATE        NOT NULL,
    PRIMARY KEY (label_id, stage),
    CONSTRAINT fk_label_expiry_reminder_label FOREIGN KEY (label_id) REFERENCES label (id)
);

INSERT INTO label_expiry_reminder (label_id, stage, sent_on)
SELECT id, 'D90', expiry_reminded_on FROM label WHERE expiry_reminded_on IS NOT NULL;

ALTER TABLE label DROP COLUMN expiry_reminded_on;
