package dev.topset.command.archive;

/** A line of an uploaded event history that cannot be restored; {@code field} names the envelope field. */
public record LineError(long line, String field, String message) {
}
