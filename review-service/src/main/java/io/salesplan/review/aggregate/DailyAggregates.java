package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps the daily and monthly aggregates, once for the owner, once for the owner's team (the
 * {@code agg_team_*} tables) and once for the company total, and the rep's activity touches of
 * opportunities ({@code agg_touch_day}, daily, rep rows only).
 * Deltas are summed per row in the current transaction ({@link PendingAggregates}) and written by
 * {@link #flush()} with one batched upsert per table, in a fixed row order, so that a batch of a
 * thousand activities of a few reps costs a handful of row updates and two replicas never lock
 * the same rows in opposite orders. Reports read these rows and never the raw history.
 *
 * <p>A team's rows hold the sum of the rows of the reps whose team it is now, the rule every team
 * report follows (a rep's whole history counts for the team the rep is in): a rep's deltas go to
 * the rep's current team, and {@link #moveRep} moves a rep's history when the rep changes team.
 * A rep-level advisory lock orders the two: {@link #flush()} holds it shared from reading the reps'
 * teams until commit, {@link #moveRep} exclusively, so a delta is never added to a team after its
 * rep's history was moved away from it.
 */
@ApplicationScoped
public class DailyAggregates {

    private final EntityManager em;
    private final PendingAggregates pending;
    private final DailyAggregateRepository rows;

    public DailyAggregates(EntityManager em, PendingAggregates pending, DailyAggregateRepository rows) {
        this.em = em;
        this.pending = pending;
        this.rows = rows;
    }

    /** Adds {@code sign} (+1 or -1) activities of a type on a day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addActivity(UUID ownerId, LocalDate day, String type, int sign) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            pending.addActivity(new PendingAggregates.ActivityKey(owner, day, type), sign);
        }
    }

    /**
     * Adds {@code sign} (+1 or -1) activities of a type on a day logged against an opportunity, to the rep's
     * touch rows ({@code agg_touch_day}); there is no team or company copy, a report reads its reps' rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addTouch(UUID ownerId, LocalDate day, String type, UUID opportunityId, int sign) {
        pending.addTouch(new PendingAggregates.TouchKey(ownerId, day, type, opportunityId), sign);
    }

    /** Adds ({@code sign} = +1) or removes ({@code sign} = -1) an opportunity's contribution. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDeal(DealContribution deal, int sign) {
        deal(deal.ownerId(), deal.createdDay(), new PendingAggregates.DealDelta(sign, 0, BigDecimal.ZERO, 0, 0));
        switch (deal.outcome()) {
            case WON -> deal(deal.ownerId(), deal.closedDay(), new PendingAggregates.DealDelta(0, sign,
                    deal.amount().multiply(BigDecimal.valueOf(sign)), (long) sign * deal.cycleDays(), 0));
            case LOST -> deal(deal.ownerId(), deal.closedDay(),
                    new PendingAggregates.DealDelta(0, 0, BigDecimal.ZERO, 0, sign));
            case OPEN -> {
                // contributes its creation only
            }
        }
    }

    private void deal(UUID ownerId, LocalDate day, PendingAggregates.DealDelta delta) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            pending.addDeal(new PendingAggregates.DayKey(owner, day), delta);
        }
    }

    /** Writes the deltas summed in this transaction; the inbox calls it before committing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        Map<PendingAggregates.ActivityKey, Long> activities = pending.drainActivities();
        Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> deals = pending.drainDeals();
        Map<PendingAggregates.TouchKey, Long> touches = pending.drainTouches();
        rows.addTouches(touches);
        if (activities.isEmpty() && deals.isEmpty()) {
            return;
        }
        // the reps' teams are read from the database: entities changed in this transaction go there first
        em.flush();
        Map<UUID, UUID> teams = rows.lockedTeamsOf(PendingAggregates.owners(activities, deals));
        Map<PendingAggregates.ActivityKey, Long> teamActivities = PendingAggregates.activitiesOf(activities, teams);
        Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> teamDeals = PendingAggregates.dealsOf(deals, teams);
        rows.addActivities("agg_activity_day", activities);
        rows.addActivities("agg_activity_month", PendingAggregates.monthlyActivities(activities));
        rows.addActivities("agg_team_activity_day", teamActivities);
        rows.addActivities("agg_team_activity_month", PendingAggregates.monthlyActivities(teamActivities));
        rows.addDeals("agg_deal_day", deals);
        rows.addDeals("agg_deal_month", PendingAggregates.monthlyDeals(deals));
        rows.addDeals("agg_team_deal_day", teamDeals);
        rows.addDeals("agg_team_deal_month", PendingAggregates.monthlyDeals(teamDeals));
    }

    /**
     * Moves a rep's whole history from one team's rows to another's (either may be null: no team),
     * at once, in the transaction that records the rep's new team.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveRep(UUID repId, UUID fromTeam, UUID toTeam) {
        rows.moveRep(repId, fromTeam, toTeam);
    }
}
