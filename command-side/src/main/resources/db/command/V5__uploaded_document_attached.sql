-- When an application or a report first attached the upload (in the transaction that records its event); NULL: never
-- attached, so the upload is deleted once pulje.documents.unattached.kept-for has passed. Uploads made before this
-- column was added count as attached, as nothing noted whether they were: none of them is ever deleted.
ALTER TABLE uploaded_document ADD COLUMN attached_at TIMESTAMP WITH TIME ZONE;
UPDATE uploaded_document SET attached_at = uploaded_at;
CREATE INDEX ix_uploaded_document_unattached ON uploaded_document (uploaded_at);
