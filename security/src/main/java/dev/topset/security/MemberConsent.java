package dev.topset.security;

import java.util.UUID;

/**
 * The extension point for coaches and gym admins: has this athlete consented that the caller (a coach or a gym
 * admin of their gym) reads their data? The auto-configured default answers "no" for everyone; the gyms feature
 * declares a bean backed by its consent read model and {@link OwnDataAccessPolicy} picks it up.
 */
@FunctionalInterface
public interface MemberConsent {

    boolean mayRead(Caller member, UUID athleteId);

    /** No consent is known: coaches and gym admins see no athlete's data. */
    MemberConsent NONE = (member, athleteId) -> false;
}
