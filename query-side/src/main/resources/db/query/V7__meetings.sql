-- meetings: information meetings about pools, with their material (JSON), and their registrations. An attendee's
-- name, e-mail and phone are personal data: erased by their subject when the person is.
CREATE TABLE meeting (
    meeting_id    VARCHAR(64)    NOT NULL,
    pools         VARCHAR(2000)  NOT NULL,
    meeting_date  DATE           NOT NULL,
    starts        TIME,
    ends          TIME,
    place         VARCHAR(300)   NOT NULL,
    free          BOOLEAN        NOT NULL,
    capacity      INTEGER        NOT NULL,
    status        VARCHAR(20)    NOT NULL,
    reason        VARCHAR(2000),
    material      VARCHAR(20000) NOT NULL,
    last_sequence BIGINT         NOT NULL,
    CONSTRAINT pk_meeting PRIMARY KEY (meeting_id)
);

CREATE TABLE meeting_registration (
    meeting_id       VARCHAR(64)              NOT NULL,
    registration_id  VARCHAR(64)              NOT NULL,
    organisation     VARCHAR(64)              NOT NULL,
    attendee_name    VARCHAR(200)             NOT NULL,
    attendee_email   VARCHAR(254),
    attendee_phone   VARCHAR(30),
    attendee_subject VARCHAR(36),
    waiting          BOOLEAN                  NOT NULL,
    registered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_meeting_registration PRIMARY KEY (meeting_id, registration_id)
);
CREATE INDEX ix_meeting_registration_subject ON meeting_registration (attendee_subject);
