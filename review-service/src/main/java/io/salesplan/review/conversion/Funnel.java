package io.salesplan.review.conversion;

import java.util.Arrays;

/**
 * What deals add up to in a funnel, by position among the pipeline's open stages: how many reached each,
 * how many left it and the seconds they stayed, and how many deals there are, won and lost. One deal's
 * {@link ConversionCalculator#walk} is a funnel; a cohort's is their sum.
 */
public final class Funnel {

    final long[] reached;
    final long[] stays;
    final long[] staySeconds;
    long deals;
    long won;
    long lost;

    public Funnel(int openStages) {
        reached = new long[openStages];
        stays = new long[openStages];
        staySeconds = new long[openStages];
    }

    public int openStages() {
        return reached.length;
    }

    public long deals() {
        return deals;
    }

    public long won() {
        return won;
    }

    public long lost() {
        return lost;
    }

    public long reached(int position) {
        return reached[position];
    }

    public long stays(int position) {
        return stays[position];
    }

    public long staySeconds(int position) {
        return staySeconds[position];
    }

    /** Adds {@code sign} (+1 or -1) times the figures of an open stage's row. */
    public void addStage(int position, long reachedBy, long staysOf, long secondsOf) {
        reached[position] += reachedBy;
        stays[position] += staysOf;
        staySeconds[position] += secondsOf;
    }

    /** Adds deals, won and lost. */
    public void addDeals(long dealsBy, long wonBy, long lostBy) {
        deals += dealsBy;
        won += wonBy;
        lost += lostBy;
    }

    /** Adds {@code sign} times another funnel of the same pipeline. */
    public void add(Funnel other, int sign) {
        for (int i = 0; i < reached.length; i++) {
            addStage(i, sign * other.reached[i], sign * other.stays[i], sign * other.staySeconds[i]);
        }
        addDeals(sign * other.deals, sign * other.won, sign * other.lost);
    }

    public boolean isZero() {
        return deals == 0 && won == 0 && lost == 0 && Arrays.stream(reached).allMatch(n -> n == 0)
                && Arrays.stream(stays).allMatch(n -> n == 0) && Arrays.stream(staySeconds).allMatch(n -> n == 0);
    }
}
