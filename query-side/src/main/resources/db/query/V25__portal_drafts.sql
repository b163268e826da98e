-- The applicant portal's drafts: what an organisation's people write before they submit, kept apart from the
-- applications (an application exists only once SubmitApplication is accepted). Not a read model: nothing
-- projects into these tables and a replay leaves them alone. Every read and write names the organisation, so one
-- organisation never sees another's drafts. The content is the draft's fields as JSON.
CREATE TABLE portal_draft (
    draft_id       VARCHAR(36)     NOT NULL PRIMARY KEY,
    pool_id        VARCHAR(100)    NOT NULL,
    organisation   VARCHAR(60)     NOT NULL,
    content        VARCHAR(20000)  NOT NULL,
    version        INT             NOT NULL,
    created_by     VARCHAR(100)    NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by     VARCHAR(100)    NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    -- Set once SubmitApplication for this draft was accepted; the draft is then read only.
    application_id VARCHAR(100),
    submitted_by   VARCHAR(100),
    submitted_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX portal_draft_organisation ON portal_draft (organisation, updated_at);

-- Who changed what: one row per save, naming the fields it changed.
CREATE TABLE portal_draft_change (
    draft_id   VARCHAR(36)   NOT NULL REFERENCES portal_draft (draft_id) ON DELETE CASCADE,
    version    INT           NOT NULL,
    changed_by VARCHAR(100)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    fields     VARCHAR(1000) NOT NULL,
    PRIMARY KEY (draft_id, version)
);
