package dev.topset.api.training;

/** The unit a load was logged in. Loads are stored in the unit the lifter used and converted on read. */
public enum LoadUnit {
    KG,
    LB
}
