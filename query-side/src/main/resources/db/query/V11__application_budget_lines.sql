-- pool-applications: what an application budgets on each budget line (JSON), null when it has no lines.
ALTER TABLE pool_application ADD COLUMN budget_lines VARCHAR(4000);
