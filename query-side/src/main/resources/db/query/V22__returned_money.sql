-- pool-overview: money no longer awarded (lapsed grants, closed grants' unpaid rest, repayments) by where the pool's
-- terms send it: back to the pool (available again) or back to the state (used)
ALTER TABLE pool_overview ADD COLUMN returned_to_pool_oere BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE pool_overview ADD COLUMN returned_to_state_oere BIGINT DEFAULT 0 NOT NULL;

-- pool-applications: what of an application's award is no longer awarded, so that it is not counted as awarded
ALTER TABLE pool_application ADD COLUMN released_oere BIGINT DEFAULT 0 NOT NULL;
