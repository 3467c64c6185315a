package io.salesplan.goals.goal;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.platform.config.PlatformConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A goal with the descendants the caller may read, nested level by level. */
@ApplicationScoped
public class GoalTree {

    private final GoalRepository goals;
    private final GoalAccess access;
    private final String currency;

    public GoalTree(GoalRepository goals, GoalAccess access, PlatformConfig config) {
        this.goals = goals;
        this.access = access;
        this.currency = config.currency();
    }

    /** The tree under {@code root}; a child the caller may not read is left out with its subtree. */
    GoalResponse of(Goal root, boolean includeArchived) {
        GoalRepository.Visible visible = access.visible();
        Map<UUID, List<Goal>> childrenByParent = new HashMap<>();
        List<UUID> level = List.of(root.id);
        while (!level.isEmpty()) {
            List<Goal> children = goals.childrenOf(level, !includeArchived);
            List<UUID> next = new ArrayList<>();
            for (Goal child : children) {
                if (visible != null && !visible.contains(child)) {
                    continue;
                }
                childrenByParent.computeIfAbsent(child.parentId, k -> new ArrayList<>()).add(child);
                next.add(child.id);
            }
            level = next;
        }
        return node(root, childrenByParent);
    }

    private GoalResponse node(Goal goal, Map<UUID, List<Goal>> childrenByParent) {
        List<GoalResponse> children = childrenByParent.getOrDefault(goal.id, List.of()).stream()
                .map(child -> node(child, childrenByParent)).toList();
        return GoalResponse.tree(goal, currency, children);
    }
}
