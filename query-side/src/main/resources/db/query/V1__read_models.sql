-- The query side's read models: plain tables, each owned by one projection (processing group), emptied by its
-- reset handler and rebuilt by replaying the events. Amounts are whole øre. Rows keep the aggregate sequence
-- number of the last event applied to them (last_sequence), so a redelivered event changes nothing.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.

-- programme-overview
CREATE TABLE programme_overview (
    programme_id   VARCHAR(64)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    envelope_oere  BIGINT       NOT NULL,
    allocated_oere BIGINT       NOT NULL,
    pool_count     INTEGER      NOT NULL,
    last_sequence  BIGINT       NOT NULL,
    CONSTRAINT pk_programme_overview PRIMARY KEY (programme_id)
);

-- pool-overview: the pool, with its terms as JSON, and the status of each of its applications for the counts
CREATE TABLE pool_overview (
    pool_id       VARCHAR(64)              NOT NULL,
    programme_id  VARCHAR(64)              NOT NULL,
    status        VARCHAR(20)              NOT NULL,
    budget_oere   BIGINT                   NOT NULL,
    awarded_oere  BIGINT                   NOT NULL,
    rules_version INTEGER                  NOT NULL,
    terms         VARCHAR(100000)          NOT NULL,
    drafted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence BIGINT                   NOT NULL,
    CONSTRAINT pk_pool_overview PRIMARY KEY (pool_id)
);
CREATE INDEX ix_pool_overview_programme ON pool_overview (programme_id);

CREATE TABLE pool_overview_application (
    pool_id        VARCHAR(64) NOT NULL,
    application_id VARCHAR(64) NOT NULL,
    status         VARCHAR(20) NOT NULL,
    last_sequence  BIGINT      NOT NULL,
    CONSTRAINT pk_pool_overview_application PRIMARY KEY (pool_id, application_id)
);

-- pool-applications: no contact details, which are personal data
CREATE TABLE pool_application (
    pool_id           VARCHAR(64)              NOT NULL,
    application_id    VARCHAR(64)              NOT NULL,
    round_number      INTEGER                  NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    applicant_key     VARCHAR(80)              NOT NULL,
    applicant_name    VARCHAR(200)             NOT NULL,
    project_title     VARCHAR(300)             NOT NULL,
    activity_category VARCHAR(40)              NOT NULL,
    requested_oere    BIGINT                   NOT NULL,
    awarded_oere      BIGINT,
    score             INTEGER,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence     BIGINT                   NOT NULL,
    CONSTRAINT pk_pool_application PRIMARY KEY (pool_id, application_id)
);
CREATE INDEX ix_pool_application_order ON pool_application (pool_id, submitted_at, application_id);

-- pool-decisions: one row per decision event, keyed by its place in the pool's stream
CREATE TABLE pool_decision (
    pool_id            VARCHAR(64)              NOT NULL,
    aggregate_sequence BIGINT                   NOT NULL,
    kind               VARCHAR(60)              NOT NULL,
    application_id     VARCHAR(64),
    amount_oere        BIGINT,
    outcome            VARCHAR(40),
    decided_by         VARCHAR(255)             NOT NULL,
    role               VARCHAR(30)              NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    reason             VARCHAR(2000),
    CONSTRAINT pk_pool_decision PRIMARY KEY (pool_id, aggregate_sequence)
);
