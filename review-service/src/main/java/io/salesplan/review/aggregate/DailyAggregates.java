package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Keeps the daily and monthly aggregates, once for the owner and once for the company total.
 * Deltas are summed per row in the current transaction ({@link PendingAggregates}) and written by
 * {@link #flush()} with one batched upsert per table, in a fixed row order, so that a batch of a
 * thousand activities of a few reps costs a handful of row updates and two replicas never lock
 * the same rows in opposite orders. Reports read these rows and never the raw history.
 */
@ApplicationScoped
public class DailyAggregates {

    /** An upsert into {@code agg_activity_day} or {@code agg_activity_month} (whose rows are dated the 1st). */
    private static String activityUpsert(String table) {
        return "insert into " + table + " (owner_id, day, activity_type, activities) values (?, ?, ?, ?) "
                + "on conflict (owner_id, day, activity_type) do update set activities = " + table + ".activities "
                + "+ excluded.activities";
    }

    private static String dealUpsert(String table) {
        return "insert into " + table + " (owner_id, day, created, won, won_amount, won_cycle_days, lost) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (owner_id, day) do update set "
                + "created = " + table + ".created + excluded.created, won = " + table + ".won + excluded.won, "
                + "won_amount = " + table + ".won_amount + excluded.won_amount, "
                + "won_cycle_days = " + table + ".won_cycle_days + excluded.won_cycle_days, "
                + "lost = " + table + ".lost + excluded.lost";
    }

    private final EntityManager em;
    private final PendingAggregates pending;

    public DailyAggregates(EntityManager em, PendingAggregates pending) {
        this.em = em;
        this.pending = pending;
    }

    /** Adds {@code sign} (+1 or -1) activities of a type on a day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addActivity(UUID ownerId, LocalDate day, String type, int sign) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            pending.addActivity(new PendingAggregates.ActivityKey(owner, day, type), sign);
        }
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
        if (activities.isEmpty() && deals.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            writeActivities(connection, "agg_activity_day", activities);
            writeActivities(connection, "agg_activity_month", PendingAggregates.monthlyActivities(activities));
            writeDeals(connection, "agg_deal_day", deals);
            writeDeals(connection, "agg_deal_month", PendingAggregates.monthlyDeals(deals));
        });
    }

    private static void writeActivities(Connection connection, String table,
            Map<PendingAggregates.ActivityKey, Long> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(activityUpsert(table))) {
            for (Map.Entry<PendingAggregates.ActivityKey, Long> e : rows.entrySet()) {
                upsert.setObject(1, e.getKey().owner());
                upsert.setDate(2, Date.valueOf(e.getKey().day()));
                upsert.setString(3, e.getKey().type());
                upsert.setLong(4, e.getValue());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static void writeDeals(Connection connection, String table,
            Map<PendingAggregates.DayKey, PendingAggregates.DealDelta> rows) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(dealUpsert(table))) {
            for (Map.Entry<PendingAggregates.DayKey, PendingAggregates.DealDelta> e : rows.entrySet()) {
                PendingAggregates.DealDelta d = e.getValue();
                upsert.setObject(1, e.getKey().owner());
                upsert.setDate(2, Date.valueOf(e.getKey().day()));
                upsert.setLong(3, d.created());
                upsert.setLong(4, d.won());
                upsert.setBigDecimal(5, d.wonAmount());
                upsert.setLong(6, d.wonCycleDays());
                upsert.setLong(7, d.lost());
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }
}
