-- Evidence bytes move to the evidence store (a directory or an S3 bucket), addressed by their SHA-256; the row keeps
-- the metadata only. The BLOB column may now be empty: V41 (a Java migration) moves what it holds into the store and
-- empties it; a later release drops it once every installation has run V41.
-- Runs unchanged on MariaDB 10.11 and on H2 2.x in MariaDB mode.

ALTER TABLE evidence_file MODIFY COLUMN content LONGBLOB NULL;
CREATE INDEX ix_evidence_sha256 ON evidence_file (sha256);
