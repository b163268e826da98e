-- The access log names each person read by their subject (the pseudonymous id of their key), whatever answer showed
-- them: an application's contact person, a meeting's attendee, an e-mail's recipient. The pool and application are
-- those the request named, where it named one.
ALTER TABLE personal_data_access ADD COLUMN subject VARCHAR(36);
ALTER TABLE personal_data_access ALTER COLUMN pool_id DROP NOT NULL;
ALTER TABLE personal_data_access ALTER COLUMN application_id DROP NOT NULL;
CREATE INDEX ix_personal_data_access_subject ON personal_data_access (subject);
