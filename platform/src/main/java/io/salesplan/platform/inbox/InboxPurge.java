package io.salesplan.platform.inbox;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import io.salesplan.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jboss.logging.Logger;

/**
 * Keeps the inbox bounded: the ids of events applied longer ago than {@code salesplan.inbox.retention}
 * (7 days) are deleted every {@code purge-interval}, {@code purge-batch-size} rows per statement and
 * transaction, oldest first, until a batch comes back short, as the outbox's purge does. The inbox only
 * has to recognise a redelivery, and Kafka redelivers at most what a consumer applied but had not yet
 * committed, minutes late; a younger id is never deleted, so the guarantee is unchanged. Every replica
 * runs it: rows another replica is deleting are skipped rather than waited for.
 */
@ApplicationScoped
public class InboxPurge {

    private static final Logger LOG = Logger.getLogger(InboxPurge.class);
    private static final String PURGE = "delete from inbox_event where event_id in (select event_id from inbox_event "
            + "where processed_at < ? order by processed_at limit ? for update skip locked)";

    private final AgroalDataSource dataSource;
    private final Duration retention;
    private final int batchSize;
    private final Counter purged;

    @Inject
    public InboxPurge(AgroalDataSource dataSource, PlatformConfig config, MeterRegistry registry) {
        this(dataSource, config.inbox().retention(), config.inbox().purgeBatchSize(), registry);
    }

    public InboxPurge(AgroalDataSource dataSource, Duration retention, int batchSize, MeterRegistry registry) {
        this.dataSource = dataSource;
        this.retention = retention;
        this.batchSize = batchSize;
        this.purged = Counter.builder("salesplan.inbox.purged")
                .description("Ids of applied events deleted from the inbox after the retention")
                .register(registry);
    }

    /** A purge that fails is tried again at the next interval. */
    @Scheduled(identity = "inbox-purge", every = "${salesplan.inbox.purge-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeDue() {
        try {
            while (purgeBatch() == batchSize) {
                // the next batch, in a transaction of its own
            }
        } catch (SQLException e) {
            LOG.warnf("Inbox purge failed (retrying at the next interval): %s", e.toString());
        }
    }

    /**
     * Deletes up to {@code purge-batch-size} ids older than the retention, in a transaction of its own.
     *
     * @return how many were deleted; fewer than the batch size when no more are due
     */
    public int purgeBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement purge = connection.prepareStatement(PURGE)) {
                purge.setObject(1, OffsetDateTime.now().minus(retention));
                purge.setInt(2, batchSize);
                int deleted = purge.executeUpdate();
                connection.commit();
                purged.increment(deleted);
                return deleted;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }
}
