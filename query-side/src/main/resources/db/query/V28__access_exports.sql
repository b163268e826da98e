-- Exports for access to documents (aktindsigt): who exported which application, for whom (the requester as the request
-- names them, and the organisation they ask for, if any), how the requester stood to it, when, why, what the export
-- held and the SHA-256 of what was handed out. Written before the export is handed out. Not a read model: never
-- replayed. Portable SQL (H2 2.x and PostgreSQL).
CREATE TABLE access_export (
    export_id              VARCHAR(36)              NOT NULL,
    pool_id                VARCHAR(64)              NOT NULL,
    application_id         VARCHAR(64)              NOT NULL,
    requester_name         VARCHAR(200)             NOT NULL,
    requester_organisation VARCHAR(64),
    standing               VARCHAR(20)              NOT NULL,
    reason                 VARCHAR(2000)            NOT NULL,
    exported_by            VARCHAR(255)             NOT NULL,
    role                   VARCHAR(30)              NOT NULL,
    exported_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    events                 INTEGER                  NOT NULL,
    letters                INTEGER                  NOT NULL,
    redactions             INTEGER                  NOT NULL,
    sha256                 VARCHAR(64)              NOT NULL,
    CONSTRAINT pk_access_export PRIMARY KEY (export_id)
);
CREATE INDEX ix_access_export_application ON access_export (application_id);
