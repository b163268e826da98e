package dk.pulje.command.web;

/** The body of a command that needs nothing but a reason (withdraw, cancel, refuse, close…). */
public record ReasonRequest(String reason) {}
