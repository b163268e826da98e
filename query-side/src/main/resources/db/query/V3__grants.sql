-- grants: each grant's money and state, the reports it owes and the payments made on it. Pools' and programmes'
-- paid and repaid figures are summed from grant_overview when asked.
CREATE TABLE grant_overview (
    grant_id       VARCHAR(64)              NOT NULL,
    pool_id        VARCHAR(64)              NOT NULL,
    programme_id   VARCHAR(64)              NOT NULL,
    applicant_key  VARCHAR(80)              NOT NULL,
    applicant_name VARCHAR(200)             NOT NULL,
    status         VARCHAR(30)              NOT NULL,
    awarded_oere   BIGINT                   NOT NULL,
    paid_oere      BIGINT                   NOT NULL,
    claimed_oere   BIGINT                   NOT NULL,
    waived_oere    BIGINT                   NOT NULL,
    repaid_oere    BIGINT                   NOT NULL,
    released_oere  BIGINT                   NOT NULL,
    accept_by      TIMESTAMP WITH TIME ZONE NOT NULL,
    start_by       TIMESTAMP WITH TIME ZONE NOT NULL,
    awarded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sequence  BIGINT                   NOT NULL,
    CONSTRAINT pk_grant_overview PRIMARY KEY (grant_id)
);
CREATE INDEX ix_grant_overview_pool ON grant_overview (pool_id);
CREATE INDEX ix_grant_overview_programme ON grant_overview (programme_id);

CREATE TABLE grant_report (
    grant_id      VARCHAR(64) NOT NULL,
    report_id     VARCHAR(64) NOT NULL,
    kind          VARCHAR(20) NOT NULL,
    due_on        DATE        NOT NULL,
    state         VARCHAR(20) NOT NULL,
    overdue       BOOLEAN     NOT NULL,
    last_sequence BIGINT      NOT NULL,
    CONSTRAINT pk_grant_report PRIMARY KEY (grant_id, report_id)
);
CREATE INDEX ix_grant_report_due ON grant_report (due_on);

CREATE TABLE grant_payment (
    grant_id    VARCHAR(64)              NOT NULL,
    payment_id  VARCHAR(64)              NOT NULL,
    budget_year INTEGER                  NOT NULL,
    amount_oere BIGINT                   NOT NULL,
    paid_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_by     VARCHAR(255)             NOT NULL,
    CONSTRAINT pk_grant_payment PRIMARY KEY (grant_id, payment_id)
);
