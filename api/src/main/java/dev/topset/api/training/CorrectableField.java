package dev.topset.api.training;

/** Optional set values a correction may remove (load, reps and lift can be changed but never removed). */
public enum CorrectableField {
    RPE,
    RIR,
    NOTE
}
