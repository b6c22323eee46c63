-- Demo data (issue 17): the marker of the living demo scenario that dk.ecei.demo.DemoScenario generates on the first
-- start of the demo profile, relative to that day, through the application's own services. One row in
-- demo_scenario says it was generated (and on which day); demo_generated lists every invented row it made (clusters,
-- labels, assessments, performance-account years), so that what is invented can be told from the real 2016 register.
CREATE TABLE demo_scenario (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    generated_on DATE         NOT NULL,
    generated_at TIMESTAMP    NOT NULL,
    note         VARCHAR(500) NOT NULL
);

CREATE TABLE demo_generated (
    id      BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind    VARCHAR(30)  NOT NULL,
    ref_id  BIGINT       NOT NULL,
    note    VARCHAR(500) NOT NULL
);
CREATE INDEX demo_generated_kind ON demo_generated (kind, ref_id);
