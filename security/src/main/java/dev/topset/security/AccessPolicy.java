package dev.topset.security;

import java.util.UUID;

/**
 * Object-level authorization of athlete data (sessions, sets, plans, events, recommendations, reports): every
 * endpoint that takes or resolves an athlete id asks this before it reads or writes. The auto-configured
 * {@link OwnDataAccessPolicy} is used unless a service declares its own bean.
 */
public interface AccessPolicy {

    /** May the caller read this athlete's data? */
    Access read(Caller caller, UUID athleteId);

    /** May the caller change this athlete's data (log, correct, plan, accept, dismiss)? */
    Access write(Caller caller, UUID athleteId);
}
