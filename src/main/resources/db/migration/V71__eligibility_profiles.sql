-- Issue 16: who may apply for a label is data. A profile names its thresholds and conditions; the setting
-- ecei.eligibility.profile chooses the one in force. ECEI is the rule that applied so far (0.5 FTE, 15 committed
-- members of at least 2 kinds); DK-NATIONAL is the Danish national cluster programme's definition (Klyngestrategi
-- 2.0: at least one FTE, at least 20 committed private companies, triple helix, a formal organisation) with the
-- listing on the European Cluster Collaboration Platform that a label needs since November 2019.
CREATE TABLE eligibility_profile (
    code                  VARCHAR(40)   NOT NULL PRIMARY KEY,
    name_da               VARCHAR(200)  NOT NULL,
    name_en               VARCHAR(200)  NOT NULL,
    min_secretariat_fte   DECIMAL(6, 2) NOT NULL,
    min_committed_members INT           NOT NULL,
    min_private_companies INT           NOT NULL,
    min_member_kinds      INT           NOT NULL,
    triple_helix          BOOLEAN       NOT NULL,
    formal_organisation   BOOLEAN       NOT NULL,
    eccp_listing          BOOLEAN       NOT NULL
);

INSERT INTO eligibility_profile (code, name_da, name_en, min_secretariat_fte, min_committed_members,
        min_private_companies, min_member_kinds, triple_helix, formal_organisation, eccp_listing)
VALUES ('ECEI', 'ECEI-reglerne', 'the ECEI rules', 0.50, 15, 0, 2, FALSE, FALSE, FALSE),
       ('DK-NATIONAL', 'det danske nationale klyngeprogram', 'the Danish national cluster programme',
        1.00, 0, 20, 1, TRUE, TRUE, TRUE);

-- What the profiles' conditions read of a cluster: its listing on the ECCP and whether it is a formal organisation.
ALTER TABLE cluster ADD COLUMN eccp_listed BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE cluster ADD COLUMN formal_organisation BOOLEAN NOT NULL DEFAULT FALSE;
