-- programme-overview: what initiatives funded directly (without a pool) hold of the envelope
ALTER TABLE programme_overview ADD COLUMN direct_oere BIGINT DEFAULT 0 NOT NULL;

-- programme-overview: a programme's envelope by finance year, where it is split by year
CREATE TABLE programme_year (
    programme_id  VARCHAR(64) NOT NULL,
    finance_year  INTEGER     NOT NULL,
    envelope_oere BIGINT      NOT NULL,
    CONSTRAINT pk_programme_year PRIMARY KEY (programme_id, finance_year)
);

-- programme-overview: a programme's tracks in the order established; budget_oere is null for a track without a share
CREATE TABLE programme_track (
    programme_id VARCHAR(64)  NOT NULL,
    code         VARCHAR(64)  NOT NULL,
    position     INTEGER      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    budget_oere  BIGINT,
    CONSTRAINT pk_programme_track PRIMARY KEY (programme_id, code)
);

-- programme-overview: what each pool ('pool:<id>') and each directly funded initiative ('initiative:<id>') holds, by
-- finance year (0 where the programme has no yearly envelopes); name is the initiative's
CREATE TABLE programme_share (
    programme_id VARCHAR(64)  NOT NULL,
    holder       VARCHAR(80)  NOT NULL,
    finance_year INTEGER      NOT NULL,
    track        VARCHAR(64),
    name         VARCHAR(200),
    amount_oere  BIGINT       NOT NULL,
    CONSTRAINT pk_programme_share PRIMARY KEY (programme_id, holder, finance_year)
);
