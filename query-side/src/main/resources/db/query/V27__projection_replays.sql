-- Replays of one projection asked for on any query node (CoordinatedReplay): every node running the projection stops
-- it and gives up its segments, one node resets its tokens, and all start it again. Not a read model: never replayed.
-- state: requested, then done (tokens reset, the projection rebuilds) or failed (outcome says why).
-- Portable SQL (H2 2.x and PostgreSQL).
CREATE TABLE projection_replay (
    replay_id        VARCHAR(36)              NOT NULL,
    processing_group VARCHAR(255)             NOT NULL,
    requested_by     VARCHAR(255)             NOT NULL,
    requested_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(20)              NOT NULL,
    reset_by         VARCHAR(255),
    finished_at      TIMESTAMP WITH TIME ZONE,
    outcome          VARCHAR(2000),
    CONSTRAINT pk_projection_replay PRIMARY KEY (replay_id)
);
CREATE INDEX ix_projection_replay_state ON projection_replay (state);
