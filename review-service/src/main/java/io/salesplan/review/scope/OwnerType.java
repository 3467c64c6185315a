package io.salesplan.review.scope;

/** Whose numbers a report adds up: the whole company, a team with its sub-teams, or one rep. */
public enum OwnerType {
    COMPANY, TEAM, REP
}
