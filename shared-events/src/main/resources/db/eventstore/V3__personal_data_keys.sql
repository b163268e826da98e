-- One key per person whose personal data Pulje stores (crypto-shredding): events keep contact persons sealed with
-- their person's key; deleting the row erases the person everywhere, while the events stay as stored. A person is
-- found again by the SHA-256 of their e-mail address; the subject is the pseudonymous id stored in the events.
CREATE TABLE IF NOT EXISTS personal_data_key (
    subject     VARCHAR(36)              NOT NULL PRIMARY KEY,
    email_hash  VARCHAR(64)              NOT NULL UNIQUE,
    secret      BYTEA                    NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
