-- grants: what a submitted report says was spent on each budget line (JSON), null before it is submitted.
ALTER TABLE grant_report ADD COLUMN spent_by_line VARCHAR(4000);
