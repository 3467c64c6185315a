package io.salesplan.review.aggregate;

import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Writes the daily aggregates with upserts that add a delta, once for the owner and once for
 * the company total. Reports read these rows and never the raw history.
 */
@ApplicationScoped
public class DailyAggregates {

    private static final String ACTIVITY = "insert into agg_activity_day (owner_id, day, activity_type, activities) "
            + "values (?1, ?2, ?3, ?4) on conflict (owner_id, day, activity_type) "
            + "do update set activities = agg_activity_day.activities + excluded.activities";

    private static final String DEAL = "insert into agg_deal_day (owner_id, day, created, won, won_amount, "
            + "won_cycle_days, lost) values (?1, ?2, ?3, ?4, ?5, ?6, ?7) on conflict (owner_id, day) do update set "
            + "created = agg_deal_day.created + excluded.created, won = agg_deal_day.won + excluded.won, "
            + "won_amount = agg_deal_day.won_amount + excluded.won_amount, "
            + "won_cycle_days = agg_deal_day.won_cycle_days + excluded.won_cycle_days, "
            + "lost = agg_deal_day.lost + excluded.lost";

    private final EntityManager em;

    public DailyAggregates(EntityManager em) {
        this.em = em;
    }

    /** Adds {@code sign} (+1 or -1) activities of a type on a day. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addActivity(UUID ownerId, LocalDate day, String type, int sign) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            em.createNativeQuery(ACTIVITY).setParameter(1, owner).setParameter(2, day).setParameter(3, type)
                    .setParameter(4, (long) sign).executeUpdate();
        }
    }

    /** Adds ({@code sign} = +1) or removes ({@code sign} = -1) an opportunity's contribution. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void addDeal(DealContribution deal, int sign) {
        deal(deal.ownerId(), deal.createdDay(), sign, 0, BigDecimal.ZERO, 0, 0);
        switch (deal.outcome()) {
            case WON -> deal(deal.ownerId(), deal.closedDay(), 0, sign, deal.amount().multiply(BigDecimal.valueOf(sign)),
                    sign * deal.cycleDays(), 0);
            case LOST -> deal(deal.ownerId(), deal.closedDay(), 0, 0, BigDecimal.ZERO, 0, sign);
            case OPEN -> {
                // contributes its creation only
            }
        }
    }

    private void deal(UUID ownerId, LocalDate day, long created, long won, BigDecimal amount, long cycleDays,
            long lost) {
        for (UUID owner : new UUID[] {ownerId, OwnerScope.COMPANY_ID}) {
            em.createNativeQuery(DEAL).setParameter(1, owner).setParameter(2, day).setParameter(3, created)
                    .setParameter(4, won).setParameter(5, amount).setParameter(6, cycleDays).setParameter(7, lost)
                    .executeUpdate();
        }
    }
}
