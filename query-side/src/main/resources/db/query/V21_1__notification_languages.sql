-- notifications: the language each subscription's e-mails are written in (da or en; the subscriptions made before
-- there was a choice are Danish), and each e-mail's HTML, sent beside its text (none in e-mails written before).
ALTER TABLE notification_subscription ADD COLUMN language VARCHAR(2) DEFAULT 'da' NOT NULL;
ALTER TABLE notification_outbox ADD COLUMN html VARCHAR(60000);
