-- pool-overview: the proposed amendment that awaits a second signature (JSON), null when none does.
ALTER TABLE pool_overview ADD COLUMN pending_amendment VARCHAR(4000);
