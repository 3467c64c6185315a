package io.salesplan.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * The outbox's backlog as gauges: how many events wait to be published, and how long the oldest has
 * waited. Read from the table every 15 s rather than at each scrape, so that a scrape never waits for
 * the database; while the database does not answer both are NaN (no value), which dashboards show as
 * a gap. Every replica reports the same table: aggregate with {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class OutboxBacklog {

    private static final Logger LOG = Logger.getLogger(OutboxBacklog.class);
    private static final String BACKLOG = "select count(*), extract(epoch from now() - min(created_at)) "
            + "from outbox_event where sent_at is null";

    private final AgroalDataSource dataSource;
    private volatile double pending = Double.NaN;
    private volatile double oldestAge = Double.NaN;

    public OutboxBacklog(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        Gauge.builder("salesplan.outbox.pending", this, b -> b.pending)
                .description("Events written but not yet published to Kafka")
                .register(registry);
        Gauge.builder("salesplan.outbox.oldest.age", this, b -> b.oldestAge)
                .description("How long the oldest unpublished event has waited (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
    }

    @Scheduled(identity = "outbox-backlog", every = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(BACKLOG);
                ResultSet row = query.executeQuery()) {
            row.next();
            pending = row.getLong(1);
            double age = row.getDouble(2);
            oldestAge = row.wasNull() ? 0 : Math.max(0, age);
        } catch (SQLException e) {
            LOG.debugf("Outbox backlog not read: %s", e.toString());
            pending = Double.NaN;
            oldestAge = Double.NaN;
        }
    }
}
