-- pool-applications: the documents attached to each application, as its ApplicationSubmitted event recorded them (the
-- document's id in the document store and its SHA-256, which every download is checked against).
CREATE TABLE application_attachment (
    application_id VARCHAR(64)  NOT NULL,
    document_id    VARCHAR(64)  NOT NULL,
    pool_id        VARCHAR(64)  NOT NULL,
    place          INT          NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    media_type     VARCHAR(200) NOT NULL,
    size_bytes     BIGINT       NOT NULL,
    sha256         VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_application_attachment PRIMARY KEY (application_id, document_id)
);

-- grants: the documents attached to each submission of a grant's report, as its ReportSubmitted event recorded them;
-- a report returned and submitted again keeps each submission's (aggregate_sequence is the submission's event).
CREATE TABLE grant_report_attachment (
    grant_id           VARCHAR(64)  NOT NULL,
    report_id          VARCHAR(64)  NOT NULL,
    aggregate_sequence BIGINT       NOT NULL,
    document_id        VARCHAR(64)  NOT NULL,
    place              INT          NOT NULL,
    file_name          VARCHAR(255) NOT NULL,
    media_type         VARCHAR(200) NOT NULL,
    size_bytes         BIGINT       NOT NULL,
    sha256             VARCHAR(64)  NOT NULL,
    CONSTRAINT pk_grant_report_attachment PRIMARY KEY (grant_id, report_id, aggregate_sequence, document_id)
);
