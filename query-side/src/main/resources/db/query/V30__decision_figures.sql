-- decision-figures: what the time from a round's deadline to its decisions and the outcomes by criterion are
-- counted from. Days are Copenhagen dates as days since 1970-01-01, so their differences are whole days on both
-- databases. Rounds and consensus scores are rows inserted once per event that sets them, keyed by its place in
-- the pool's stream; the latest event's rows are the ones that count.

-- the rounds as drafted, published or amended
CREATE TABLE figures_round (
    pool_id            VARCHAR(64)              NOT NULL,
    aggregate_sequence BIGINT                   NOT NULL,
    round_number       INTEGER                  NOT NULL,
    deadline           VARCHAR(19)              NOT NULL,
    deadline_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_day       INTEGER                  NOT NULL,
    CONSTRAINT pk_figures_round PRIMARY KEY (pool_id, aggregate_sequence, round_number)
);

-- status: PENDING until GRANTED or REJECTED (the latest decision), or WITHDRAWN
CREATE TABLE figures_application (
    pool_id        VARCHAR(64) NOT NULL,
    application_id VARCHAR(64) NOT NULL,
    round_number   INTEGER     NOT NULL,
    status         VARCHAR(20) NOT NULL,
    last_sequence  BIGINT      NOT NULL,
    CONSTRAINT pk_figures_application PRIMARY KEY (pool_id, application_id)
);

-- one row per award or rejection, keyed by its place in the pool's stream: an application's first is its decision
CREATE TABLE figures_decision (
    pool_id            VARCHAR(64) NOT NULL,
    aggregate_sequence BIGINT      NOT NULL,
    application_id     VARCHAR(64) NOT NULL,
    outcome            VARCHAR(20) NOT NULL,
    decided_day        INTEGER     NOT NULL,
    CONSTRAINT pk_figures_decision PRIMARY KEY (pool_id, aggregate_sequence)
);
CREATE INDEX ix_figures_decision_application ON figures_decision (pool_id, application_id);

-- each consensus's score on each criterion
CREATE TABLE figures_consensus_score (
    pool_id            VARCHAR(64) NOT NULL,
    aggregate_sequence BIGINT      NOT NULL,
    application_id     VARCHAR(64) NOT NULL,
    criterion          VARCHAR(64) NOT NULL,
    score              INTEGER     NOT NULL,
    CONSTRAINT pk_figures_consensus_score PRIMARY KEY (pool_id, aggregate_sequence, criterion)
);
CREATE INDEX ix_figures_consensus_score_application ON figures_consensus_score (pool_id, application_id);

CREATE TABLE figures_assessment_score (
    pool_id        VARCHAR(64)  NOT NULL,
    application_id VARCHAR(64)  NOT NULL,
    assessor       VARCHAR(100) NOT NULL,
    criterion      VARCHAR(64)  NOT NULL,
    score          INTEGER      NOT NULL,
    CONSTRAINT pk_figures_assessment_score PRIMARY KEY (pool_id, application_id, assessor, criterion)
);
