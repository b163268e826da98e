-- pool-applications: the applicant keys of a joint application's partners, as |key|key|, '' for one applicant; a
-- partner reads the application as its lead does.
ALTER TABLE pool_application ADD COLUMN partner_keys VARCHAR(2000) DEFAULT '' NOT NULL;
