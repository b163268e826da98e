-- assessments: who is assigned to assess each application, their independent assessments (scores per criterion as
-- JSON, read whole) and the consensus, with the weighted scores exact to two decimals
CREATE TABLE assessment_assignment (
    pool_id        VARCHAR(64)              NOT NULL,
    application_id VARCHAR(64)              NOT NULL,
    assessor       VARCHAR(100)             NOT NULL,
    assigned_by    VARCHAR(100)             NOT NULL,
    assigned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_assessment_assignment PRIMARY KEY (pool_id, application_id, assessor)
);

CREATE TABLE assessment (
    pool_id        VARCHAR(64)              NOT NULL,
    application_id VARCHAR(64)              NOT NULL,
    assessor       VARCHAR(100)             NOT NULL,
    role           VARCHAR(20)              NOT NULL,
    assessed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    scores         VARCHAR(100000)          NOT NULL,
    weighted_score DECIMAL(14, 2)           NOT NULL,
    rules_version  INTEGER                  NOT NULL,
    reason         VARCHAR(2000),
    CONSTRAINT pk_assessment PRIMARY KEY (pool_id, application_id, assessor)
);

CREATE TABLE assessment_consensus (
    pool_id        VARCHAR(64)              NOT NULL,
    application_id VARCHAR(64)              NOT NULL,
    scores         VARCHAR(100000)          NOT NULL,
    weighted_score DECIMAL(14, 2)           NOT NULL,
    assessors      VARCHAR(2000)            NOT NULL,
    rules_version  INTEGER                  NOT NULL,
    decided_by     VARCHAR(100)             NOT NULL,
    role           VARCHAR(20)              NOT NULL,
    decided_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(2000),
    last_sequence  BIGINT                   NOT NULL,
    CONSTRAINT pk_assessment_consensus PRIMARY KEY (pool_id, application_id)
);
CREATE INDEX ix_assessment_consensus_rank ON assessment_consensus (pool_id, weighted_score);
