package dk.pulje.query.programme;

import dk.pulje.shared.programme.ProgrammeId;

/**
 * Programmes as an applicant, or anyone outside the agency, sees them: a pool still in draft is not counted in
 * {@code pools} or {@code allocated}, since that would tell of a pool not yet made public. One programme when
 * {@code programmeId} is set, else all. Answered by a list of {@link dk.pulje.shared.programme.ProgrammeView}.
 */
public record FindProgrammesPublicly(ProgrammeId programmeId) {}
