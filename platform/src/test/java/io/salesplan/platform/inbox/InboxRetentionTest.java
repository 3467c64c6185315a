package io.salesplan.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.infra.KafkaTestResource;
import io.salesplan.infra.Metrics;
import io.salesplan.infra.TopicClient;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.testapp.EffectHandler;
import io.salesplan.platform.testapp.Sql;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxRetentionTest {

    private static final String TOPIC = "salesplan.reviews";
    private static final Duration WINDOW = Duration.ofSeconds(3);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    @Inject
    EffectHandler handler;

    @Inject
    EventCodec codec;

    @Inject
    Sql sql;

    @Inject
    Scheduler scheduler;

    private final TopicClient topics = new TopicClient(KafkaTestResource.bootstrapServers());

    @Test
    void eachServicePurgesTheInboxOnASchedule() {
        assertThat(scheduler.getScheduledJobs()).anySatisfy(job -> assertThat(job.getId()).isEqualTo("inbox-purge"));
    }

    @Test
    void theInboxStopsGrowingOnceTheWindowHasPassedAndStillRecognisesAYoungerRedelivery() throws Exception {
        InboxPurge purge = new InboxPurge(dataSource, WINDOW, 100, registry);
        String aggregate = UUID.randomUUID().toString();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(event(aggregate, "kept-" + i));
            topics.send(TOPIC, aggregate, events.get(i));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> handler.effects(aggregate) == 5);
        assertThat(inboxRows(events)).isEqualTo(5);

        purgeAll(purge);
        assertThat(inboxRows(events)).as("younger than the window: kept").isEqualTo(5);
        topics.send(TOPIC, aggregate, events.get(0));
        topics.send(TOPIC, aggregate, event(aggregate, "marker"));
        await().atMost(Duration.ofSeconds(30)).until(() -> handler.effects(aggregate) == 6);
        assertThat(handler.effects(aggregate)).as("the redelivery changed nothing").isEqualTo(6);

        double purged = Metrics.value("salesplan_inbox_purged_total");
        Thread.sleep(WINDOW.toMillis() + 500);
        int deleted = purgeAll(purge);
        assertThat(inboxRows(events)).as("past the window: gone").isZero();
        assertThat(deleted).isGreaterThanOrEqualTo(6);
        assertThat(Metrics.value("salesplan_inbox_purged_total")).isEqualTo(purged + deleted);
    }

    @Test
    void thePurgeDeletesInSmallBatchesOldestFirst() throws Exception {
        InboxPurge purge = new InboxPurge(dataSource, Duration.ofDays(7), 100, registry);
        String topic = "purge-" + UUID.randomUUID();
        sql.update("insert into inbox_event (event_id, topic, type, processed_at) select gen_random_uuid()::text, ?, "
                + "'salesplan.test.old.v1', now() - interval '8 days' - g * interval '1 second' from generate_series(1, 250) g",
                topic);
        sql.update("insert into inbox_event (event_id, topic, type, processed_at) select gen_random_uuid()::text, ?, "
                + "'salesplan.test.young.v1', now() - interval '6 days' from generate_series(1, 20)", topic);
        try {
            List<Integer> batches = new ArrayList<>();
            int deleted;
            do {
                deleted = purge.purgeBatch();
                batches.add(deleted);
            } while (deleted == 100);
            assertThat(batches).as("at most purge-batch-size a statement, until a batch comes back short")
                    .containsExactly(100, 100, 50);
            assertThat(sql.count("select count(*) from inbox_event where topic = ? and processed_at < now() - interval '7 days'",
                    topic)).isZero();
            assertThat(sql.count("select count(*) from inbox_event where topic = ?", topic))
                    .as("ids younger than the retention stay").isEqualTo(20);
        } finally {
            sql.update("delete from inbox_event where topic = ?", topic);
        }
    }

    private int purgeAll(InboxPurge purge) throws Exception {
        int total = 0;
        int deleted;
        do {
            deleted = purge.purgeBatch();
            total += deleted;
        } while (deleted == 100);
        return total;
    }

    private long inboxRows(List<String> events) {
        return events.stream().mapToLong(e -> sql.count("select count(*) from inbox_event where event_id = ?",
                codec.read(e).id())).sum();
    }

    private String event(String aggregate, String note) {
        return codec.write(codec.envelope("/test", "salesplan.test.effect.v1", aggregate, new EffectHandler.Effect(note)));
    }
}
