-- The hash chain over the event store (docs/audit.md): one link per event, numbered by chain_sequence in the order
-- the event-chain processor chained them, which is global order except where a transaction committed after a
-- later one's. Not a read model: never emptied or replayed; a link once written never changes.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL.
CREATE TABLE event_chain (
    global_index     BIGINT       NOT NULL,
    event_identifier VARCHAR(255) NOT NULL,
    chain_sequence   BIGINT       NOT NULL,
    link             CHAR(64)     NOT NULL,
    CONSTRAINT pk_event_chain PRIMARY KEY (global_index),
    CONSTRAINT uk_event_chain_event UNIQUE (event_identifier),
    CONSTRAINT uk_event_chain_sequence UNIQUE (chain_sequence)
);

-- The last link, which every append locks and moves, so the chain has one writer at a time. Before the first
-- event it is the genesis link, 32 zero bytes.
CREATE TABLE event_chain_head (
    id             SMALLINT NOT NULL,
    chain_sequence BIGINT   NOT NULL,
    link           CHAR(64) NOT NULL,
    CONSTRAINT pk_event_chain_head PRIMARY KEY (id),
    CONSTRAINT ck_event_chain_head_one_row CHECK (id = 1)
);
INSERT INTO event_chain_head (id, chain_sequence, link)
VALUES (1, -1, '0000000000000000000000000000000000000000000000000000000000000000');
