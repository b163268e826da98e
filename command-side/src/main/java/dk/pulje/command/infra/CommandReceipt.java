package dk.pulje.command.infra;

import java.util.List;
import java.util.Map;

/**
 * What a handled command appended: the new version of each aggregate it changed and the ids of its events,
 * from which the caller learns their positions in the event store once the command is committed.
 */
public record CommandReceipt(Map<String, Long> versions, List<String> eventIds) {
}
