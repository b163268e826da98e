package dk.pulje.command.infra;

/** Where events stand in the event store's global order: the consistency token a client passes to the query side. */
public interface EventPositions {

    /** The highest global position of the command's events, or -1 when it appended none. */
    long lastPositionOf(CommandReceipt receipt);
}
