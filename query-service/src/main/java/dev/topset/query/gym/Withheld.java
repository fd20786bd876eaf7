package dev.topset.query.gym;

/** Why an aggregate row carries no numbers. */
public enum Withheld {
    /** fewer members than {@code topset.gyms.min-group-size}: the numbers would describe identifiable people */
    TOO_FEW_MEMBERS,
    /** every member trained the lift on one day only in the window: there is no first-to-last change to show */
    ONE_SESSION_ONLY
}
