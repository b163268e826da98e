-- The first answer to every command sent with an Idempotency-Key header, so a client that resends the same
-- request gets that answer again and nothing is appended twice. A row is written in the same transaction as the
-- command's events: it exists exactly when they do.
CREATE TABLE idempotency_key (
    user_id         VARCHAR(255)  NOT NULL,
    idempotency_key VARCHAR(255)  NOT NULL,
    request_hash    VARCHAR(64)   NOT NULL,
    status          INTEGER       NOT NULL,
    location        VARCHAR(1000) NOT NULL,
    aggregate_id    VARCHAR(255)  NOT NULL,
    version         BIGINT        NOT NULL,
    position        BIGINT        NOT NULL,
    CONSTRAINT pk_idempotency_key PRIMARY KEY (user_id, idempotency_key)
);
