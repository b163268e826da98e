package dk.pulje.shared.programme;

/** One programme, answered by a {@link ProgrammeView} or nothing. */
public record FindProgramme(ProgrammeId programmeId) {}
