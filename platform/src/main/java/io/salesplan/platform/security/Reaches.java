package io.salesplan.platform.security;

/** One row of a role matrix: how far each role reaches, in the design table's column order. */
public record Reaches(Reach admin, Reach manager, Reach rep, Reach integration) {

    public Reach of(Role role) {
        return switch (role) {
            case ADMIN -> admin;
            case MANAGER -> manager;
            case REP -> rep;
            case INTEGRATION -> integration;
        };
    }
}
