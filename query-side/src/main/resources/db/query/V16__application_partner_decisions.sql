-- pool-applications: the partners of a joint application that confirmed or declined their part, each as |key|, ''
-- for none; a partner that declined no longer reads the application.
ALTER TABLE pool_application ADD COLUMN confirmed_partner_keys VARCHAR(2000) DEFAULT '' NOT NULL;
ALTER TABLE pool_application ADD COLUMN declined_partner_keys VARCHAR(2000) DEFAULT '' NOT NULL;
