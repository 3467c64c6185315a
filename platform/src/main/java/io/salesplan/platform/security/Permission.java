package io.salesplan.platform.security;

/**
 * One row of a service's role matrix. Each service lists its rows in one enum, so that the whole
 * matrix can be read in one place and checked against DESIGN.md §5.
 */
public interface Permission {

    /** How far the role reaches for this operation. */
    Reach reach(Role role);

    /** The operation in words, for the 403 detail ("create goals"). */
    String action();
}
