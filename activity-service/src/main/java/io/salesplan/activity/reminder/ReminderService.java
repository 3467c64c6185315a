package io.salesplan.activity.reminder;

import io.salesplan.activity.ActivityConfig;
import io.salesplan.activity.task.TaskEvent;
import io.salesplan.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Publishes the due-soon and overdue reminders of open tasks, each exactly once. A reminder is
 * claimed by stamping its column in the same transaction that writes its event to the outbox:
 * the stamp and the event commit together or not at all, a claimed task is never picked again,
 * and replicas running the job at the same moment skip each other's locked rows, so a restart,
 * a second run or a second replica cannot send a reminder twice.
 */
@ApplicationScoped
public class ReminderService {

    private final ReminderRepository repository;
    private final Outbox outbox;
    private final ActivityConfig.Reminders settings;

    public ReminderService(ReminderRepository repository, Outbox outbox, ActivityConfig config) {
        this.repository = repository;
        this.outbox = outbox;
        this.settings = config.reminders();
    }

    /** How many reminders one run sent. */
    public record Sent(int dueSoon, int overdue) {
    }

    /** Sends every reminder due at {@code now}, a batch per transaction. */
    public Sent sendDue(OffsetDateTime now) {
        int dueSoon = 0;
        int overdue = 0;
        int claimed;
        do {
            claimed = claimDueSoon(now);
            dueSoon += claimed;
        } while (claimed == settings.batchSize());
        do {
            claimed = claimOverdue(now);
            overdue += claimed;
        } while (claimed == settings.batchSize());
        return new Sent(dueSoon, overdue);
    }

    @Transactional
    int claimDueSoon(OffsetDateTime now) {
        List<TaskEvent> tasks = repository.claimDueSoon(now, now.plus(settings.leadTime()), settings.batchSize());
        publish(TaskEvent.DUE_SOON, tasks);
        return tasks.size();
    }

    @Transactional
    int claimOverdue(OffsetDateTime now) {
        List<TaskEvent> tasks = repository.claimOverdue(now, settings.batchSize());
        publish(TaskEvent.OVERDUE, tasks);
        return tasks.size();
    }

    private void publish(String type, List<TaskEvent> tasks) {
        outbox.publishAll(tasks.stream().map(t -> new Outbox.Draft(type, t.taskId().toString(), t)).toList());
    }
}
