package dev.topset.query.gym;

/** A user's role in one gym, and the token role (claim {@code roles}) that must go with it. */
public enum StaffRole {
    GYM_ADMIN("gym_admin"),
    COACH("coach");

    private final String tokenRole;

    StaffRole(String tokenRole) {
        this.tokenRole = tokenRole;
    }

    public String tokenRole() {
        return tokenRole;
    }
}
