-- pool-applications: the partners of a joint application (their names, one a line; empty for one applicant).
ALTER TABLE pool_application ADD COLUMN partners VARCHAR(2000) DEFAULT '' NOT NULL;
