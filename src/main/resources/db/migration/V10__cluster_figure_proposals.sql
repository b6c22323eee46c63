-- The figures that decide eligibility (secretariat FTE, committed members) are changed by support staff. A cluster
-- manager proposes new figures; support staff confirm (the cluster takes them) or reject them, with a reason.
CREATE TABLE cluster_figure_proposal (
    id                              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    cluster_id                      BIGINT        NOT NULL,
    secretariat_fte                 DECIMAL(6, 2),
    members_companies               INT,
    members_smes                    INT,
    members_knowledge_institutions INT,
    members_public_actors           INT,
    members_other                   INT,
    note                            VARCHAR(1000),
    status                          VARCHAR(20)   NOT NULL,
    proposed_by                     VARCHAR(100)  NOT NULL,
    proposed_at                     DATETIME(6)   NOT NULL,
    decided_by                      VARCHAR(100),
    decided_at                      DATETIME(6),
    decision_reason                 VARCHAR(1000),
    version                         BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_figure_proposal_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id)
);

CREATE INDEX ix_figure_proposal_status ON cluster_figure_proposal (status, proposed_at);
CREATE INDEX ix_figure_proposal_cluster ON cluster_figure_proposal (cluster_id, proposed_at);
