package dev.topset.query.rebuild;

/** The rebuild replays up to the live consumers' positions: without a consumer (topset.kafka.enabled=false) it cannot. */
class RebuildUnavailableException extends RuntimeException {

    RebuildUnavailableException() {
        super("the rebuild needs the event consumer (topset.kafka.enabled=true)");
    }
}
