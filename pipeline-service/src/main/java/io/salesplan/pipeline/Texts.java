package io.salesplan.pipeline;

/** Rules for free text that Bean Validation annotations share. */
public final class Texts {

    /** PostgreSQL cannot store the NUL character in text; refuse it up front as a 400. */
    public static final String NO_NUL = "[^\\x00]*";
    public static final String NO_NUL_MESSAGE = "must not contain NUL characters";

    private Texts() {
    }
}
