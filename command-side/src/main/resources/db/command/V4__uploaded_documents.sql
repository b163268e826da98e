-- The documents applicants uploaded (attachments), each with the organisation it was uploaded for, so an
-- application attaches only its own organisation's. The content is in the document store under document_id; an
-- application that attaches it records the same facts, with the SHA-256, in its ApplicationSubmitted event.
CREATE TABLE uploaded_document (
    document_id  VARCHAR(64)              NOT NULL,
    organisation VARCHAR(80)              NOT NULL,
    file_name    VARCHAR(255)             NOT NULL,
    media_type   VARCHAR(200)             NOT NULL,
    size_bytes   BIGINT                   NOT NULL,
    sha256       VARCHAR(64)              NOT NULL,
    uploaded_by  VARCHAR(200)             NOT NULL,
    uploaded_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_uploaded_document PRIMARY KEY (document_id)
);
