-- pool-overview: the planned dates a pool was announced with (JSON), null for a pool never announced.
ALTER TABLE pool_overview ADD COLUMN planned VARCHAR(4000);
