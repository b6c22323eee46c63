-- Issue 15: the indexes the paged lists read along (checked with EXPLAIN on the bench database, 2,500 clusters).
-- The assessment list, newest or oldest first and by last change: a page is read along the index, not sorted.
CREATE INDEX ix_assessment_requested ON assessment (requested_at, id);
CREATE INDEX ix_assessment_updated ON assessment (updated_at, id);
-- The register on a day (the counts by level and the page's total): a covering range from the day on.
CREATE INDEX ix_label_valid_cover ON label (valid_until, awarded_on, level, withdrawn_on, cluster_id);
