-- The query nodes that are up, each noting itself every few seconds, so that each can take its fair share of the
-- projections' segments (FairSegmentShare). Not a read model: never replayed. Portable SQL (H2 2.x and PostgreSQL).
CREATE TABLE query_node (
    node_id VARCHAR(255)             NOT NULL,
    seen_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_query_node PRIMARY KEY (node_id)
);
