package dev.topset.command.importing;

/** A well-formed row that is not a strength set (cardio, a timed hold): reported, never imported. */
public record IgnoredRow(long line, String exercise, String reason) {
}
