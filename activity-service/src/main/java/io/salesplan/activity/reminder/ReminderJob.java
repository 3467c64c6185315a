package io.salesplan.activity.reminder;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/** Runs the reminders on every replica; the claims in {@link ReminderService} keep each reminder single. */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    private final ReminderService reminders;

    public ReminderJob(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(identity = "task-reminders", every = "${salesplan.activity.reminders.every:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        ReminderService.Sent sent = reminders.sendDue(OffsetDateTime.now(ZoneOffset.UTC));
        if (sent.dueSoon() + sent.overdue() > 0) {
            LOG.debugf("Sent %d due-soon and %d overdue task reminders", sent.dueSoon(), sent.overdue());
        }
    }
}
