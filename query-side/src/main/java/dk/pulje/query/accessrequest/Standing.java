package dk.pulje.query.accessrequest;

/**
 * Where the requester stands to the application: its lead applicant, a partner of a joint application, or a third
 * party (anyone else, another applicant included). It decides whose data the requester sees as their own.
 */
enum Standing {
    LEAD_APPLICANT,
    PARTNER,
    THIRD_PARTY
}
