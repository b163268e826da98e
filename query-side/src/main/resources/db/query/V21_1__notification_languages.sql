-- notifications: the language each subscription's e-mails are written in (da or en; the subscriptions made before
-- there was a choice are Danish), a pool's title in the languages it was translated into (a JSON object by language
-- code; none for pools drafted before), and each e-mail's HTML, sent beside its text (none in e-mails written before).
ALTER TABLE notification_subscription ADD COLUMN language VARCHAR(2) DEFAULT 'da' NOT NULL;
ALTER TABLE notification_pool ADD COLUMN translated_titles VARCHAR(4000);
ALTER TABLE notification_outbox ADD COLUMN html VARCHAR(60000);
