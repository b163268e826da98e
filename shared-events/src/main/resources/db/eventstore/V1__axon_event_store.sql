-- Axon's event store, token store and dead-letter tables, shared by the command side (which appends) and the
-- query side (which tracks). Both apps apply this with their own Flyway run against one history table
-- (flyway_eventstore_history), so whichever starts first creates it. Payloads are bytea, never large objects.

-- The global index gets its own sequence with no caching or id blocks, so gaps only come from rolled-back
-- or concurrent transactions, which the tracking processors' gap-aware tokens handle.
CREATE SEQUENCE IF NOT EXISTS domain_event_entry_seq START WITH 1 INCREMENT BY 1 CACHE 1;

CREATE TABLE IF NOT EXISTS DomainEventEntry (
    globalIndex         BIGINT       NOT NULL DEFAULT nextval('domain_event_entry_seq'),
    eventIdentifier     VARCHAR(255) NOT NULL,
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    CONSTRAINT pk_domain_event PRIMARY KEY (globalIndex),
    -- Optimistic locking: two nodes appending the same aggregate version collide here.
    CONSTRAINT uk_domain_event_aggregate_sequence UNIQUE (aggregateIdentifier, sequenceNumber),
    CONSTRAINT uk_domain_event_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE IF NOT EXISTS SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    payloadType         VARCHAR(255) NOT NULL,
    payloadRevision     VARCHAR(255),
    payload             BYTEA        NOT NULL,
    metaData            BYTEA,
    CONSTRAINT pk_snapshot_event PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    CONSTRAINT uk_snapshot_event_identifier UNIQUE (eventIdentifier)
);

CREATE TABLE IF NOT EXISTS TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT pk_token_entry PRIMARY KEY (processorName, segment)
);
