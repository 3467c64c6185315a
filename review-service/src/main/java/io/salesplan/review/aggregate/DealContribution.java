package io.salesplan.review.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What one opportunity adds to its owner's daily deal aggregates in its current state: one
 * created on its creation day and, once closed, one won (with amount and cycle days) or one lost
 * on its closing day. A change is applied as "remove the old contribution, add the new one", so
 * corrections (amount changed after the win, reopened, owner changed) stay exact.
 */
public record DealContribution(UUID ownerId, LocalDate createdDay, Outcome outcome, LocalDate closedDay,
        BigDecimal amount, long cycleDays) {

    public enum Outcome {
        OPEN, WON, LOST
    }

    public static DealContribution of(UUID ownerId, LocalDate createdDay, Outcome outcome, LocalDate closedDay,
            BigDecimal amount) {
        if (outcome != Outcome.OPEN && closedDay == null) {
            closedDay = createdDay;
        }
        BigDecimal money = amount == null ? BigDecimal.ZERO : amount;
        long cycle = outcome == Outcome.WON ? Math.max(0, ChronoUnit.DAYS.between(createdDay, closedDay)) : 0;
        return new DealContribution(ownerId, createdDay, outcome, outcome == Outcome.OPEN ? null : closedDay, money,
                cycle);
    }
}
