package io.salesplan.review.conversion;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.salesplan.platform.config.StartupWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Fills the conversion aggregates once from the read model that existed before them (V51 could not: the
 * funnel's walk of a deal's moves is Java). The first instance to start does it under the conversion lock,
 * which also holds back the opportunity events meanwhile, and marks it done in {@code agg_conversion_backfill}.
 */
@ApplicationScoped
public class ConversionBackfill {

    private static final Logger LOG = Logger.getLogger(ConversionBackfill.class);

    private final ConversionAggregates aggregates;
    private final ConversionAggregateRepository rows;

    public ConversionBackfill(ConversionAggregates aggregates, ConversionAggregateRepository rows) {
        this.aggregates = aggregates;
        this.rows = rows;
    }

    /** Longer than the default minute: at FULL scale (100 000 deals) the walk and the writes take a while. */
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    void backfill(@Observes StartupWork event) {
        rows.lock(true);
        if (rows.backfilled()) {
            return;
        }
        aggregates.recomputeAll();
        rows.markBackfilled();
        LOG.info("conversion aggregates filled from the read model");
    }
}
