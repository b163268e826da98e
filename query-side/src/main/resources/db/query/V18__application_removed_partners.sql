-- pool-applications: the partners the lead removed from a joint application before they confirmed, each as |key|,
-- '' for none; a removed partner no longer reads the application.
ALTER TABLE pool_application ADD COLUMN removed_partner_keys VARCHAR(2000) DEFAULT '' NOT NULL;
