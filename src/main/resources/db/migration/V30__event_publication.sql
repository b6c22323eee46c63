-- Spring Modulith's event publication registry (spring-modulith-events-jpa 1.4, entity EVENT_PUBLICATION): one row
-- per event and transactional listener, written in the publishing transaction and completed when the listener has
-- done its work. A row without completion_date is work that failed or was cut off; it is published again on restart
-- (spring.modulith.events.republish-outstanding-events-on-restart). Hibernate maps the UUID id to MariaDB's native
-- UUID type (10.7+) and H2's; the serialized event is JSON.
CREATE TABLE event_publication (
    id               UUID          NOT NULL PRIMARY KEY,
    listener_id      VARCHAR(512)  NOT NULL,
    event_type       VARCHAR(512)  NOT NULL,
    serialized_event LONGTEXT      NOT NULL,
    publication_date DATETIME(6)   NOT NULL,
    completion_date  DATETIME(6)
);
CREATE INDEX ix_event_publication_incomplete ON event_publication (completion_date, publication_date);
