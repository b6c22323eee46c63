-- The annual performance account (resultatregnskab): support staff open a collection per year, each cluster manager
-- reports their cluster's figures, and the national totals are compared with goals 1-4 of the cluster strategy
-- 2016-2018. The national figures 2012-2018 and the goals are reference data from ../shared/reference
-- (national-performance-2012-2018.csv, national-goals-2016-2018.csv), copied exactly; an empty cell is NULL.
-- Also the indexes the national dashboard needs. Same MariaDB/H2 subset as V1.

-- status: OPEN (cluster managers may report) or CLOSED.
CREATE TABLE performance_collection (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_year INT          NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    opened_by    VARCHAR(100) NOT NULL,
    opened_at    DATETIME(6)  NOT NULL,
    closed_by    VARCHAR(100),
    closed_at    DATETIME(6),
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_performance_collection_year UNIQUE (account_year)
);

-- One cluster's figures for one year; the column names are the indicator names of the national account.
CREATE TABLE performance_report (
    id                                         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    collection_id                              BIGINT       NOT NULL,
    cluster_id                                 BIGINT       NOT NULL,
    participating_companies                    INT          NOT NULL,
    participating_companies_under_50_employees INT          NOT NULL,
    companies_in_collaboration_projects        INT          NOT NULL,
    companies_in_international_activities      INT          NOT NULL,
    companies_new_products_services_processes  INT          NOT NULL,
    companies_new_ideas                        INT          NOT NULL,
    companies_in_courses                       INT          NOT NULL,
    newsletters                                INT          NOT NULL,
    media_mentions                             INT          NOT NULL,
    submitted_by                               VARCHAR(100) NOT NULL,
    submitted_at                               DATETIME(6)  NOT NULL,
    version                                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_performance_report UNIQUE (collection_id, cluster_id),
    CONSTRAINT fk_performance_report_collection FOREIGN KEY (collection_id) REFERENCES performance_collection (id),
    CONSTRAINT fk_performance_report_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id)
);

-- The published national account per year (2017 was not published as such); one column per indicator.
CREATE TABLE national_performance (
    account_year                                        INT NOT NULL PRIMARY KEY,
    clusters                                            INT,
    secretariat_fte_avg                                 DECIMAL(5, 1),
    turnover_mdkk_excl_in_kind                          DECIMAL(10, 2),
    participating_companies                             INT,
    participating_companies_under_50_employees          INT,
    dedicated_companies                                 INT,
    knowledge_institutions_participating                INT,
    public_actors_participating                         INT,
    companies_in_matchmaking                            INT,
    companies_in_international_activities               INT,
    international_collaborations_total                  INT,
    countries_with_collaborations                       INT,
    companies_in_collaboration_projects                 INT,
    companies_first_project_with_knowledge_institution  INT,
    companies_in_courses                                INT,
    newsletters                                         INT,
    press_releases                                      INT,
    media_mentions                                      INT,
    companies_new_competences                           INT,
    companies_new_ideas                                 INT,
    companies_new_products_services_processes           INT
);

INSERT INTO national_performance (account_year, clusters, secretariat_fte_avg, turnover_mdkk_excl_in_kind, participating_companies, participating_companies_under_50_employees, dedicated_companies, knowledge_institutions_participating, public_actors_participating, companies_in_matchmaking, companies_in_international_activities, international_collaborations_total, countries_with_collaborations, companies_in_collaboration_projects, companies_first_project_with_knowledge_institution, companies_in_courses, newsletters, press_releases, media_mentions, companies_new_competences, companies_new_ideas, companies_new_products_services_processes) VALUES
    (2012, 54, 4.9, 602.8, 14225, NULL, 6517, 716, NULL, NULL, NULL, NULL, NULL, 2989, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1407),
    (2013, 50, 5.0, 390.1, 12911, 8565, 6432, 1017, 1325, 6232, 2896, NULL, NULL, 2771, 549, 997, 616, 423, 2114, 2979, 3418, 1353),
    (2014, 45, 4.5, 356.2, 12830, 8771, 6593, 840, 1063, 6521, 2828, NULL, NULL, 2619, 488, 954, 553, 271, 1788, 3189, 3216, 1482),
    (2015, 44, 5.4, 257.6, 11708, 8466, 5169, 781, 1236, 5943, 2721, 711, 65, 1794, 433, 493, 540, 271, 2024, 3106, 2689, 1223),
    (2016, 42, 7.0, 337.95, 16520, 11351, 6007, 989, 1600, 7979, 4441, 1011, 89, 2131, 469, 849, 794, 393, 3259, 4832, 3789, 1524),
    (2018, 38, 9.9, 494, 18058, NULL, NULL, NULL, NULL, 9766, 4758, 1015, 60, 3445, NULL, 434, 720, 408, 3518, 6868, 5296, 2689);

-- Goals 1-4 of the cluster strategy 2016-2018 (goal 5, the label goal, is the setting ecei.goals.*).
-- measured_by names the account indicator the goal is compared with (our reading of the goal; NULL: no figure).
CREATE TABLE national_goal (
    goal_no       INT          NOT NULL PRIMARY KEY,
    goal          VARCHAR(200) NOT NULL,
    target        INT,
    unit          VARCHAR(100) NOT NULL,
    baseline_2014 INT,
    source_seed   VARCHAR(100) NOT NULL,
    measured_by   VARCHAR(60)
);

INSERT INTO national_goal (goal_no, goal, target, unit, baseline_2014, source_seed, measured_by) VALUES
    (1, 'Companies that developed new innovations yearly through cluster activities', 2000, 'companies per year', 1600, '002_d4b780a82ec1cd90.txt', 'companies_new_products_services_processes'),
    (2, 'Suitable regional distribution of the companies that innovate', NULL, 'no number set (data to be gathered)', NULL, '002_d4b780a82ec1cd90.txt', NULL),
    (3, 'Companies in collaboration projects with knowledge institutions through clusters yearly', 2500, 'companies per year', 1800, '002_d4b780a82ec1cd90.txt', 'companies_in_collaboration_projects'),
    (4, 'Companies in international activities through clusters yearly', 1500, 'companies per year', 900, '002_d4b780a82ec1cd90.txt', 'companies_in_international_activities');

-- The dashboard: open assessments by status and level, labels by the end of their period.
CREATE INDEX ix_assessment_status ON assessment (status, level, requested_at);
CREATE INDEX ix_label_valid_until ON label (valid_until, level);
