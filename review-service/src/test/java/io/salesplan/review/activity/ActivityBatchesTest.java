package io.salesplan.review.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.inbox.InboxConsumer;
import io.salesplan.review.support.Feed;
import io.salesplan.review.support.Producers;
import io.salesplan.review.support.Producers.Act;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Activity events applied a batch at a time: several changes of one activity in a batch, copies
 * of an event, a redelivered batch and a bad event among good ones each count exactly as if the
 * events had been applied one by one. The first tests hand a batch to the handler exactly as the
 * inbox does (one transaction, then flush), so that the batch's content is certain; the others go
 * through the broker and the inbox.
 */
@QuarkusTest
class ActivityBatchesTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    ActivitiesHandler handler;

    @Inject
    AgroalDataSource dataSource;

    private final UUID rep = UUID.randomUUID();

    @Test
    void severalChangesOfOneActivityInOneBatchApplyInVersionOrder() {
        Act retypedTwice = new Act("CALL", rep, "2026-03-02", null);
        Act loggedThenDeleted = new Act("CALL", rep, "2026-03-02", null);
        Act updateBeforeLog = new Act("CALL", rep, "2026-03-03", null);
        Act republished = new Act("VISIT", rep, "2026-03-03", null);
        Feed.Event logged = updateBeforeLog.logged();
        Feed.Event firstLog = republished.logged();
        applyInOneBatch(List.of(
                retypedTwice.logged(), retypedTwice.retyped("EMAIL"), retypedTwice.retyped("DEMO"),
                loggedThenDeleted.logged(), loggedThenDeleted.deleted(),
                updateBeforeLog.retyped("EMAIL"), logged,
                firstLog, Feed.republished(firstLog)));

        assertThat(counts(rep)).isEqualTo(Map.of("DEMO", 1L, "EMAIL", 1L, "VISIT", 1L));
        assertThat(row(retypedTwice.id)).isEqualTo("DEMO v2");
        assertThat(row(loggedThenDeleted.id)).isEqualTo("CALL v1 deleted");
        assertThat(row(updateBeforeLog.id)).isEqualTo("EMAIL v1");
    }

    @Test
    void anUpdateAndADeleteInOneBatchMoveWhatAnEarlierBatchCounted() {
        Act updated = new Act("CALL", rep, "2026-03-02", null);
        Act updatedThenDeleted = new Act("CALL", rep, "2026-03-02", null);
        applyInOneBatch(List.of(updated.logged(), updatedThenDeleted.logged()));
        assertThat(counts(rep)).isEqualTo(Map.of("CALL", 2L));

        applyInOneBatch(List.of(updated.retyped("EMAIL"), updatedThenDeleted.retyped("EMAIL"),
                updatedThenDeleted.deleted()));

        assertThat(counts(rep)).isEqualTo(Map.of("EMAIL", 1L));
        assertThat(row(updatedThenDeleted.id)).isEqualTo("EMAIL v2 deleted");
    }

    @Test
    void copiesOfEventsInOnePollAndARedeliveredPollCountOnce() {
        Act a = new Act("CALL", rep, "2026-03-02", null);
        Act b = new Act("CALL", rep, "2026-03-02", null);
        Act c = new Act("VISIT", rep, "2026-03-03", null);
        Feed.Event bLogged = b.logged();
        List<Feed.Event> poll = List.of(a.logged(), bLogged, bLogged, Feed.republished(bLogged), c.logged(),
                c.retyped("CALL"), c.deleted(), a.retyped("EMAIL"));
        Feed.send(poll);
        await().atMost(WAIT).until(() -> counts(rep).equals(Map.of("CALL", 1L, "EMAIL", 1L)));

        List<Feed.Event> again = new ArrayList<>(poll);
        poll.forEach(event -> again.add(Feed.republished(event)));
        Feed.send(again);
        Feed.awaitConsumed(WAIT);

        assertThat(counts(rep)).isEqualTo(Map.of("CALL", 1L, "EMAIL", 1L));
        assertThat(row(c.id)).isEqualTo("CALL v2 deleted");
        List<String> ids = again.stream().map(e -> Feed.CODEC.read(e.json()).id()).toList();
        List<Long> inboxRows = new ArrayList<>();
        query("select count(*) from inbox_event where event_id = any (?)", ids.toArray(new String[0]),
                rows -> inboxRows.add(rows.getLong(1)));
        assertThat(inboxRows).as("activity events are applied idempotently, without inbox rows").containsExactly(0L);
    }

    @Test
    void aBadEventAmongGoodOnesIsDeadLetteredAndTheOthersAreApplied() {
        UUID bad = UUID.randomUUID();
        Feed.Event withoutOwner = Feed.event("salesplan.activities", "/activity-service",
                "salesplan.activity.logged.v1", bad.toString(), Producers.map("activityId", bad, "type", "CALL",
                        "occurredAt", Producers.at("2026-03-02"), "version", 0));
        Feed.send(List.of(new Act("CALL", rep, "2026-03-02", null).logged(), withoutOwner,
                new Act("EMAIL", rep, "2026-03-02", null).logged()));

        ConsumerRecord<String, String> dead = new TopicClient(KafkaTestResource.bootstrapServers())
                .await("salesplan.activities" + InboxConsumer.DEAD_LETTER_SUFFIX, r -> bad.toString().equals(r.key()),
                        WAIT);
        assertThat(new String(dead.headers().lastHeader(InboxConsumer.REASON_HEADER).value(), StandardCharsets.UTF_8))
                .contains("activity event without activityId, type, ownerId");
        await().atMost(WAIT).until(() -> counts(rep).equals(Map.of("CALL", 1L, "EMAIL", 1L)));
        assertThat(row(bad)).isNull();
    }

    /** What the inbox does with a poll's first deliveries: the handler's batch, then flush, in one transaction. */
    private void applyInOneBatch(List<Feed.Event> events) {
        QuarkusTransaction.requiringNew().run(() -> {
            handler.handleAll(events.stream().map(e -> Feed.CODEC.read(e.json())).toList());
            handler.flush();
        });
    }

    /** The rep's daily activity aggregates summed per type, zeros left out. */
    private Map<String, Long> counts(UUID owner) {
        Map<String, Long> counts = new TreeMap<>();
        query("select activity_type, sum(activities) from agg_activity_day where owner_id = ? "
                + "group by activity_type having sum(activities) <> 0", owner,
                rows -> counts.put(rows.getString(1), rows.getLong(2)));
        return counts;
    }

    /** The activity's stored row as "TYPE vN [deleted]", or null. */
    private String row(UUID activityId) {
        List<String> row = new ArrayList<>();
        query("select type, version, deleted from rm_activity where activity_id = ?", activityId,
                rows -> row.add(rows.getString(1) + " v" + rows.getLong(2) + (rows.getBoolean(3) ? " deleted" : "")));
        return row.isEmpty() ? null : row.get(0);
    }

    private interface RowReader {
        void read(ResultSet rows) throws SQLException;
    }

    private void query(String sql, Object parameter, RowReader reader) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    reader.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
