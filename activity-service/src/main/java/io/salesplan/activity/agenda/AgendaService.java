package io.salesplan.activity.agenda;

import io.salesplan.activity.access.Operation;
import io.salesplan.activity.activity.ActivityResponse;
import io.salesplan.activity.activity.ActivityRepository;
import io.salesplan.activity.activity.ActivityType;
import io.salesplan.activity.activity.TimeBounds;
import io.salesplan.activity.reference.References;
import io.salesplan.activity.task.TaskResponse;
import io.salesplan.activity.task.TaskRepository;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class AgendaService {

    /** A day's lists are capped; the counts stay exact. */
    static final int MAX_ITEMS = 500;

    private final References references;
    private final TaskRepository tasks;
    private final ActivityRepository activities;
    private final Access access;
    private final ZoneId zone;

    public AgendaService(References references, TaskRepository tasks, ActivityRepository activities, Access access,
            PlatformConfig platform) {
        this.references = references;
        this.tasks = tasks;
        this.activities = activities;
        this.access = access;
        this.zone = platform.timeZone();
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The rep's day; a 404 when the rep does not exist or is outside the caller's scope (a 403 for integrations). */
    public AgendaView agenda(UUID repId, LocalDate date) {
        if (!access.grant(Operation.TASKS).coversRep(repId) || !references.repExists(repId)) {
            throw ApiException.notFound("Rep", repId);
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime start = TimeBounds.startOf(date, zone);
        OffsetDateTime end = TimeBounds.startOf(date.plusDays(1), zone);
        List<TaskResponse> dueToday = tasks.openDueBetween(repId, start, end, MAX_ITEMS).stream()
                .map(t -> TaskResponse.from(t, now)).toList();
        List<TaskResponse> overdue = tasks.openDueBefore(repId, start, MAX_ITEMS).stream()
                .map(t -> TaskResponse.from(t, now)).toList();
        Map<ActivityType, List<ActivityResponse>> byType = new EnumMap<>(ActivityType.class);
        Map<ActivityType, Long> counts = new EnumMap<>(ActivityType.class);
        for (ActivityType type : ActivityType.values()) {
            byType.put(type, new ArrayList<>());
            counts.put(type, 0L);
        }
        activities.ofOwnerBetween(repId, start, end, MAX_ITEMS)
                .forEach(a -> byType.get(a.type).add(ActivityResponse.from(a)));
        counts.putAll(activities.countByType(repId, start, end));
        return new AgendaView(repId, date, dueToday, overdue, byType, counts);
    }
}
