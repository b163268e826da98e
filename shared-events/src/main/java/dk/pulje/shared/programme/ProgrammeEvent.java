package dk.pulje.shared.programme;

/** The events of a programme's stream. */
public sealed interface ProgrammeEvent
        permits ProgrammeEstablished, PoolBudgetAllocated, PoolBudgetReallocated, InitiativeFundedDirectly {

    ProgrammeId programmeId();
}
