-- Personal data keys may be stored wrapped (AES-256-GCM) with a master key kept outside the database, so a copy of
-- the database alone opens no contact person. Keys stored before, or where no master key is set, stay unwrapped
-- until a node with a master key wraps them.
ALTER TABLE personal_data_key ADD COLUMN wrapped BOOLEAN DEFAULT FALSE NOT NULL;
