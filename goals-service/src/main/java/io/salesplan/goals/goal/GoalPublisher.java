package io.salesplan.goals.goal;

import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.security.Actors;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The one way goals' changes are written out, by this package and by decomposition, action plans and
 * plan adjustments: attributed to the actor, recorded in the goals' history and published as events.
 */
@ApplicationScoped
public class GoalPublisher {

    /** The actor of changes no request caused. */
    static final String SYSTEM = "system";

    private final GoalRepository goals;
    private final GoalHistoryRepository history;
    private final Outbox outbox;
    private final Actors actors;

    public GoalPublisher(GoalRepository goals, GoalHistoryRepository history, Outbox outbox, Actors actors) {
        this.goals = goals;
        this.history = history;
        this.outbox = outbox;
        this.actors = actors;
    }

    /**
     * Attributes the changes of goals persisted or changed in this transaction to the caller, records
     * their target, period and status changes in the goals' history and writes their events (flushing
     * first, so versions are current).
     */
    public void publish(String type, Collection<Goal> changed) {
        String actor = actor();
        Instant at = Instant.now();
        List<GoalHistoryEntry> entries = new ArrayList<>();
        for (Goal goal : changed) {
            goal.attributeTo(actor).forEach(change -> entries.add(new GoalHistoryEntry(goal.id, at, actor, change)));
        }
        goals.flush();
        history.persist(entries);
        outbox.publishAll(changed.stream()
                .map(g -> new Outbox.Draft(type, g.id.toString(), GoalChangedV1.of(g)))
                .toList());
    }

    /** Archives goals and all their active descendants, with one archived event each; {@code reason} goes to their history. */
    public void archiveSubtrees(Collection<Goal> roots, String reason) {
        List<Goal> archived = new ArrayList<>();
        List<Goal> level = new ArrayList<>(roots);
        while (!level.isEmpty()) {
            level.forEach(goal -> goal.archive(reason));
            archived.addAll(level);
            level = goals.childrenOf(level.stream().map(goal -> goal.id).toList(), true);
        }
        publish(GoalChangedV1.ARCHIVED, archived);
    }

    /** Who is changing goals now: the caller's token subject, or {@value #SYSTEM} when no request caused it. */
    public String actor() {
        return actors.currentOr(SYSTEM);
    }
}
