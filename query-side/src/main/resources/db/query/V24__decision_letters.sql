-- decisions: the letters written about each application's decision (the document's id and SHA-256 in the document
-- store) and the reconsiderations asked of them, each with where it stands. Rows are keyed by their place in the
-- decision's stream (decision:<application id>), so a replay writes each once.
CREATE TABLE decision_letter (
    application_id     VARCHAR(64)              NOT NULL,
    aggregate_sequence BIGINT                   NOT NULL,
    pool_id            VARCHAR(64)              NOT NULL,
    outcome            VARCHAR(20)              NOT NULL,
    amount_oere        BIGINT,
    document_id        VARCHAR(64)              NOT NULL,
    sha256             VARCHAR(64)              NOT NULL,
    language           VARCHAR(2)               NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reconsideration_by DATE                     NOT NULL,
    complaint_body     VARCHAR(200)             NOT NULL,
    CONSTRAINT pk_decision_letter PRIMARY KEY (application_id, aggregate_sequence)
);
CREATE UNIQUE INDEX ux_decision_letter_document ON decision_letter (document_id);

CREATE TABLE reconsideration (
    reconsideration_id VARCHAR(64)              NOT NULL,
    application_id     VARCHAR(64)              NOT NULL,
    pool_id            VARCHAR(64)              NOT NULL,
    organisation       VARCHAR(80)              NOT NULL,
    status             VARCHAR(20)              NOT NULL,
    requested_by       VARCHAR(200)             NOT NULL,
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reason             VARCHAR(2000)            NOT NULL,
    handled_by         VARCHAR(200),
    handled_role       VARCHAR(30),
    handled_at         TIMESTAMP WITH TIME ZONE,
    outcome_reason     VARCHAR(2000),
    amount_oere        BIGINT,
    complaint_body     VARCHAR(200),
    last_sequence      BIGINT                   NOT NULL,
    CONSTRAINT pk_reconsideration PRIMARY KEY (application_id, reconsideration_id)
);
CREATE INDEX ix_reconsideration_pool ON reconsideration (pool_id);
