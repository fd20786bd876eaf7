package dev.topset.query.live;

/** Every live stream slot of this instance is taken; the client retries later (or on another instance). */
class LiveLimitException extends RuntimeException {

    LiveLimitException(int maxSubscribers) {
        super("this instance already serves its maximum of " + maxSubscribers + " live views; retry later");
    }
}
