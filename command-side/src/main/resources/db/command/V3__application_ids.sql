-- Application ids are unique across all pools, so an awarded application's grant can keep the application's id.
-- A row is written in the transaction that appends the ApplicationSubmitted event: it exists exactly when the
-- application does.
CREATE TABLE application_id (
    application_id VARCHAR(64) NOT NULL,
    pool_id        VARCHAR(64) NOT NULL,
    CONSTRAINT pk_application_id PRIMARY KEY (application_id)
);
