package dev.topset.api.training;

/**
 * What a set is for within a lift. Only top and backoff sets take part in the top set + backoff
 * method; warm-ups are never work, drop and accessory sets are volume of another kind.
 */
public enum SetKind {
    WARMUP,
    TOP,
    BACKOFF,
    DROP,
    ACCESSORY
}
