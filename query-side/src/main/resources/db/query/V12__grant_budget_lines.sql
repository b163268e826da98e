-- grants: the budget lines the grant was accepted with, as reallocations changed them (JSON), null before acceptance.
ALTER TABLE grant_overview ADD COLUMN budget_lines VARCHAR(4000);
