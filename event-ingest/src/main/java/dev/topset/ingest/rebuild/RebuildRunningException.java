package dev.topset.ingest.rebuild;

/** A second rebuild of the same read model was asked for while one runs (in this or another instance). */
public class RebuildRunningException extends RuntimeException {

    public RebuildRunningException(String schema) {
        super("a rebuild of schema " + schema + " is already running");
    }
}
