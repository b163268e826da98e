package dk.pulje.command.infra;

import java.util.List;

/** Where events stand in the event store's global order: the consistency token a client passes to the query side. */
public interface EventPositions {

    /** The highest global position of the given events, or -1 when the store cannot tell. */
    long lastPositionOf(List<String> eventIds);
}
