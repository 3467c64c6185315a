package io.salesplan.activity.reminder;

import static io.salesplan.activity.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.salesplan.activity.Fixtures;
import io.salesplan.activity.Sql;
import io.salesplan.activity.fake.FakeGoals;
import io.salesplan.activity.task.TaskEvent;
import io.salesplan.platform.event.EventEnvelope;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReminderTest {

    @Inject
    ReminderService reminders;

    @Inject
    Sql sql;

    private static String task(UUID owner, OffsetDateTime dueAt) {
        return json().body(Map.of("title", "Reminder " + UUID.randomUUID(), "type", "CALL", "ownerId", owner.toString(),
                "dueAt", dueAt.toString())).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Test
    void eachReminderIsPublishedOnceEvenWhenTheJobRunsTwiceAndConcurrently() {
        UUID rep = FakeGoals.rep();
        String dueSoon = task(rep, now().plusMinutes(10));
        String overdue = task(rep, now().minusHours(1));

        CompletableFuture<?> a = CompletableFuture.runAsync(() -> reminders.sendDue(now()));
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> reminders.sendDue(now()));
        CompletableFuture.allOf(a, b).join();
        reminders.sendDue(now());
        reminders.sendDue(now());

        assertThat(sql.outboxEvents(dueSoon, TaskEvent.DUE_SOON)).isEqualTo(1);
        assertThat(sql.outboxEvents(dueSoon, TaskEvent.OVERDUE)).isZero();
        assertThat(sql.outboxEvents(overdue, TaskEvent.OVERDUE)).isEqualTo(1);
        assertThat(sql.outboxEvents(overdue, TaskEvent.DUE_SOON)).as("a task already past due gets only its overdue "
                + "reminder").isZero();

        EventEnvelope soon = Fixtures.awaitEvents(dueSoon, TaskEvent.DUE_SOON, 1).get(0);
        assertThat(soon.data().get("taskId").asText()).isEqualTo(dueSoon);
        assertThat(soon.data().get("status").asText()).isEqualTo("OPEN");
        assertThat(soon.data().get("ownerId").asText()).isEqualTo(rep.toString());
        assertThat(soon.data().get("version").asLong()).isEqualTo(1);
        Fixtures.awaitEvents(overdue, TaskEvent.OVERDUE, 1);
        List<EventEnvelope> all = Fixtures.events(dueSoon);
        assertThat(all).extracting(EventEnvelope::type).containsExactly(TaskEvent.CREATED, TaskEvent.DUE_SOON);
    }

    @Test
    void aTaskGetsItsDueSoonReminderWithinTheLeadTimeAndItsOverdueReminderAfterwards() {
        UUID rep = FakeGoals.rep();
        String id = task(rep, now().plusHours(2));
        reminders.sendDue(now());
        assertThat(sql.outboxEvents(id, TaskEvent.DUE_SOON)).as("two hours ahead is outside the 30 minute lead time")
                .isZero();

        sql.update("update task set due_at = ? where id = ?", now().plusMinutes(29), UUID.fromString(id));
        reminders.sendDue(now());
        assertThat(sql.outboxEvents(id, TaskEvent.DUE_SOON)).isEqualTo(1);
        assertThat(sql.outboxEvents(id, TaskEvent.OVERDUE)).isZero();

        sql.update("update task set due_at = ? where id = ?", now().minusMinutes(1), UUID.fromString(id));
        reminders.sendDue(now());
        reminders.sendDue(now());
        assertThat(sql.outboxEvents(id, TaskEvent.OVERDUE)).isEqualTo(1);
        assertThat(sql.outboxEvents(id, TaskEvent.DUE_SOON)).isEqualTo(1);
        EventEnvelope overdue = Fixtures.awaitEvents(id, TaskEvent.OVERDUE, 1).get(0);
        assertThat(overdue.data().get("version").asLong()).isEqualTo(2);
    }

    @Test
    void aCompletedTaskGetsNoReminder() {
        UUID rep = FakeGoals.rep();
        String id = task(rep, now().plusHours(2));
        json().post("/api/v1/tasks/" + id + "/complete").then().statusCode(200);
        sql.update("update task set due_at = ? where id = ?", now().minusHours(1), UUID.fromString(id));
        reminders.sendDue(now());
        assertThat(sql.outboxEvents(id, TaskEvent.OVERDUE)).isZero();
        assertThat(sql.outboxEvents(id, TaskEvent.DUE_SOON)).isZero();
    }

    @Test
    void theScheduledJobSendsRemindersWithoutBeingCalled() {
        String id = task(FakeGoals.rep(), now().plusMinutes(5));
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.outboxEvents(id, TaskEvent.DUE_SOON) == 1);
        Fixtures.awaitEvents(id, TaskEvent.DUE_SOON, 1);
    }
}
