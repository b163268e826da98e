-- notifications: where each application's submission stands in its pool's stream, and its project, so that its
-- grant's reports can be reminded of. The contact person is not kept here: it is read from that submission, sealed in
-- the event store, when there is something to say.
CREATE TABLE notification_grantee (
    application_id      VARCHAR(64)  NOT NULL,
    pool_id             VARCHAR(64)  NOT NULL,
    submission_sequence BIGINT       NOT NULL,
    project_title       VARCHAR(300) NOT NULL,
    CONSTRAINT pk_notification_grantee PRIMARY KEY (application_id)
);
