package io.salesplan.platform.security;

/**
 * How far a role reaches for one operation, in the words of the design's role matrix. Ordered from
 * least to most: a caller with several roles gets the widest reach any of them has.
 */
public enum Reach {
    /** The role may never do it: 403. */
    NONE,
    /** Only what the caller owns as a rep ("owner is self"). */
    SELF,
    /** What the caller owns, and their own team ("own team" on the leaderboard). */
    OWN_TEAM,
    /** Everything in the caller's scope: the teams they manage, all sub-teams, their reps, and themselves. */
    SCOPE,
    /** Everything. */
    ALL;

    public Reach widest(Reach other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
