package dev.topset.command.gym;

/** Where an athlete stands with a gym. Only {@link #MEMBER} shares anything (within its consent scope). */
public enum MembershipStatus {
    INVITED,
    MEMBER,
    /** still a member, but shares nothing: no coach reads, not in any gym aggregate */
    CONSENT_REVOKED,
    LEFT
}
