-- How many attached documents (the application's and its reports') an export for access to documents listed; 0 for
-- the exports made before it listed any. Portable SQL (H2 2.x and PostgreSQL).
ALTER TABLE access_export ADD COLUMN attachments INTEGER DEFAULT 0 NOT NULL;
