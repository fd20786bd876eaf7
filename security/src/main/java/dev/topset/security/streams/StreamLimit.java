package dev.topset.security.streams;

/** Which of the stream limits a refused stream ran into. */
public enum StreamLimit {
    /** every slot of this instance is taken: 503, try again later or on another instance */
    INSTANCE,
    /** the caller (token subject) holds its maximum: 429, close one first */
    CALLER,
    /** the athlete's data is streamed to its maximum of clients: 429 */
    ATHLETE
}
