-- Issue 12: notifications carry a message code and its arguments and are resolved in each reader's language; rows
-- written before keep their fixed subject and body.
ALTER TABLE notification ADD COLUMN kind VARCHAR(20);
ALTER TABLE notification ADD COLUMN code VARCHAR(100);
ALTER TABLE notification ADD COLUMN arguments VARCHAR(4000);
ALTER TABLE notification MODIFY COLUMN subject VARCHAR(300) NULL;
ALTER TABLE notification MODIFY COLUMN body VARCHAR(4000) NULL;

-- The people notifications reach, as the identity provider described them at their last login. roles is a
-- comma-delimited list with a comma at each end (",support-staff,admin,"), so one LIKE finds a role.
CREATE TABLE person (
    username     VARCHAR(100) NOT NULL PRIMARY KEY,
    display_name VARCHAR(200),
    email        VARCHAR(320),
    locale       VARCHAR(10)  NOT NULL,
    roles        VARCHAR(500) NOT NULL,
    cluster_id   BIGINT,
    updated_at   DATETIME(6)  NOT NULL
);
CREATE INDEX ix_person_cluster ON person (cluster_id);

-- The kinds of message a person turned e-mail off for (the in-app copy stays).
CREATE TABLE mail_opt_out (
    username VARCHAR(100) NOT NULL,
    kind     VARCHAR(20)  NOT NULL,
    PRIMARY KEY (username, kind)
);

-- The outbox: written in the transaction of the in-app notification, sent by whichever node claims a row first
-- (claimed_by / claimed_until, taken with a conditional update); dedupe_key keeps a notice redelivered by the event
-- registry from being mailed twice.
CREATE TABLE mail_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    dedupe_key      CHAR(64)      NOT NULL,
    recipient_user  VARCHAR(100),
    recipient_email VARCHAR(320)  NOT NULL,
    recipient_name  VARCHAR(200),
    locale          VARCHAR(10)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    subject         VARCHAR(500)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    attempts        INT           NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    claimed_by      VARCHAR(200),
    claimed_until   DATETIME(6),
    last_error      VARCHAR(1000),
    created_at      DATETIME(6)   NOT NULL,
    sent_at         DATETIME(6),
    CONSTRAINT uq_mail_outbox_dedupe UNIQUE (dedupe_key)
);
CREATE INDEX ix_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX ix_mail_outbox_user ON mail_outbox (recipient_user, id);
