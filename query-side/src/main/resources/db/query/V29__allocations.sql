-- allocations: each allocation of a pool, proposed and then approved or rejected, and the awards it proposes with
-- their place in its ranking
CREATE TABLE allocation (
    pool_id           VARCHAR(64)              NOT NULL,
    allocation_number INTEGER                  NOT NULL,
    status            VARCHAR(20)              NOT NULL,
    total_oere        BIGINT                   NOT NULL,
    rules_version     INTEGER                  NOT NULL,
    proposed_by       VARCHAR(100)             NOT NULL,
    proposed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    proposal_reason   VARCHAR(2000),
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    decision_reason   VARCHAR(2000),
    last_sequence     BIGINT                   NOT NULL,
    CONSTRAINT pk_allocation PRIMARY KEY (pool_id, allocation_number)
);

CREATE TABLE allocation_award (
    pool_id           VARCHAR(64)  NOT NULL,
    allocation_number INTEGER      NOT NULL,
    application_id    VARCHAR(64)  NOT NULL,
    ranking_place     INTEGER,
    applicant_name    VARCHAR(200),
    amount_oere       BIGINT       NOT NULL,
    CONSTRAINT pk_allocation_award PRIMARY KEY (pool_id, allocation_number, application_id)
);
