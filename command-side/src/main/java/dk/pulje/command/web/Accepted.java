package dk.pulje.command.web;

/**
 * The answer to an accepted command: the resource it concerns, that aggregate's new version and the event
 * store position of the command's last event. Pass {@code position} to the query side as
 * {@code Pulje-Consistency-Token} to read your own write.
 */
public record Accepted(String id, long version, long position) {}
