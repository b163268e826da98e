package dk.pulje.shared.programme;

/** All programmes with their envelope and what their pools hold. Answered by a list of {@link ProgrammeView}. */
public record FindProgrammes() {}
