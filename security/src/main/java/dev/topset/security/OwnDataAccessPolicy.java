package dev.topset.security;

import java.util.UUID;

/**
 * The default policy: an athlete reads and writes their own data only; coaches and gym admins read what
 * {@link MemberConsent} allows; the service role reads (analytics works on every athlete's data); analysts and
 * admins have no per-athlete access. Another athlete's data is HIDDEN (404), a role that never has access is
 * FORBIDDEN (403).
 */
public class OwnDataAccessPolicy implements AccessPolicy {

    private final MemberConsent consent;

    public OwnDataAccessPolicy(MemberConsent consent) {
        this.consent = consent;
    }

    @Override
    public Access read(Caller caller, UUID athleteId) {
        if (caller.isAthlete(athleteId) || caller.has(Role.SERVICE)) {
            return Access.ALLOWED;
        }
        boolean member = caller.has(Role.COACH) || caller.has(Role.GYM_ADMIN);
        if (member && consent.mayRead(caller, athleteId)) {
            return Access.ALLOWED;
        }
        return member || caller.has(Role.ATHLETE) ? Access.HIDDEN : Access.FORBIDDEN;
    }

    @Override
    public Access write(Caller caller, UUID athleteId) {
        if (caller.isAthlete(athleteId)) {
            return Access.ALLOWED;
        }
        return caller.has(Role.ATHLETE) ? Access.HIDDEN : Access.FORBIDDEN;
    }
}
