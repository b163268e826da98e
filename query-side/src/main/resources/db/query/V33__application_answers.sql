-- pool-applications: the answers to the pool's own questions (JSON, by question id) and the version of the pool's
-- rules whose form they were given on; null where the pool asked none.
ALTER TABLE pool_application ADD COLUMN answers VARCHAR(1000000);
ALTER TABLE pool_application ADD COLUMN form_version INTEGER;
