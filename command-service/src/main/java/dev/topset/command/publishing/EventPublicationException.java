package dev.topset.command.publishing;

/** The broker did not acknowledge a batch: the publisher's token stays and the batch is sent again. */
class EventPublicationException extends RuntimeException {

    EventPublicationException(String message, Throwable cause) {
        super(message, cause);
    }
}
