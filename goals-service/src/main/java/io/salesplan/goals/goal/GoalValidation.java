package io.salesplan.goals.goal;

import io.salesplan.goals.access.GoalAccess;
import io.salesplan.goals.rep.RepRepository;
import io.salesplan.goals.team.TeamRepository;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a new goal and a change of a goal must satisfy: shape first (all field errors at once), then references. */
@ApplicationScoped
public class GoalValidation {

    private final GoalRepository goals;
    private final TeamRepository teams;
    private final RepRepository reps;
    private final GoalAccess access;

    public GoalValidation(GoalRepository goals, TeamRepository teams, RepRepository reps, GoalAccess access) {
        this.goals = goals;
        this.teams = teams;
        this.reps = reps;
        this.access = access;
    }

    /** Checks a new goal for the caller holding {@code grant}; returns its sales period. */
    SalesPeriod checkNew(CreateGoalRequest request, Grant grant) {
        List<Problem.FieldError> errors = new ArrayList<>();
        SalesPeriod period = SalesPeriod.tryParse(request.period().trim()).orElse(null);
        if (period == null) {
            errors.add(new Problem.FieldError("period", "'" + request.period() + "' is not " + SalesPeriod.FORMAT_HINT));
        }
        checkMeasure(request, errors);
        checkOwnerShape(request.ownerType(), request.ownerId(), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        grant.requireOwner("ownerId", request.ownerType().name(), request.ownerId());
        requireOwner(request.ownerType(), request.ownerId());
        if (request.parentId() != null) {
            checkParent(request, period);
        }
        return period;
    }

    /** Only title, description and target may change, and only while the goal is active. */
    static void checkChanges(Goal goal, UpdateGoalRequest changes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        immutable(errors, "type", changes.type());
        immutable(errors, "parentId", changes.parentId());
        immutable(errors, "ownerType", changes.ownerType());
        immutable(errors, "ownerId", changes.ownerId());
        immutable(errors, "period", changes.period());
        immutable(errors, "metric", changes.metric());
        immutable(errors, "activityType", changes.activityType());
        if (changes.status() != null) {
            errors.add(new Problem.FieldError("status", "cannot be changed here; DELETE the goal to archive it"));
        }
        if (changes.targetValue() != null) {
            if (goal.metric == null) {
                errors.add(new Problem.FieldError("targetValue", "an OBJECTIVE has no target; set targets on its key results"));
            } else {
                String problem = goal.metric.checkTarget(changes.targetValue());
                if (problem != null) {
                    errors.add(new Problem.FieldError("targetValue", problem));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        if (!goal.active()) {
            throw ApiException.conflict("goal " + goal.id + " is archived; archived goals cannot be changed");
        }
    }

    private static void immutable(List<Problem.FieldError> errors, String field, Object value) {
        if (value != null) {
            errors.add(new Problem.FieldError(field, "cannot be changed; archive the goal and create a new one"));
        }
    }

    private static void checkMeasure(CreateGoalRequest request, List<Problem.FieldError> errors) {
        if (request.type() == GoalType.OBJECTIVE) {
            if (request.metric() != null) {
                errors.add(new Problem.FieldError("metric", "an OBJECTIVE has no metric; give the metric to its key results"));
            }
            if (request.targetValue() != null) {
                errors.add(new Problem.FieldError("targetValue", "an OBJECTIVE has no target; give targets to its key results"));
            }
        } else {
            if (request.metric() == null) {
                errors.add(new Problem.FieldError("metric", "is required for a " + request.type()));
            }
            if (request.targetValue() == null) {
                errors.add(new Problem.FieldError("targetValue", "is required for a " + request.type()));
            } else if (request.metric() != null) {
                String problem = request.metric().checkTarget(request.targetValue());
                if (problem != null) {
                    errors.add(new Problem.FieldError("targetValue", problem));
                }
            } else if (request.targetValue().signum() <= 0) {
                errors.add(new Problem.FieldError("targetValue", "must be greater than 0"));
            }
        }
        if (request.activityType() != null && request.metric() != Metric.ACTIVITIES) {
            errors.add(new Problem.FieldError("activityType", "is only allowed with metric ACTIVITIES"));
        }
    }

    private static void checkOwnerShape(OwnerType ownerType, UUID ownerId, List<Problem.FieldError> errors) {
        if (ownerType == OwnerType.COMPANY && ownerId != null) {
            errors.add(new Problem.FieldError("ownerId", "must be absent for a COMPANY goal"));
        }
        if (ownerType != null && ownerType != OwnerType.COMPANY && ownerId == null) {
            errors.add(new Problem.FieldError("ownerId", "is required for a " + ownerType + " goal"));
        }
    }

    private void requireOwner(OwnerType ownerType, UUID ownerId) {
        if (ownerType == OwnerType.TEAM && teams.findByIdOptional(ownerId).isEmpty()) {
            throw ApiException.unknownReference("ownerId", "team " + ownerId + " does not exist");
        }
        if (ownerType == OwnerType.REP && reps.findByIdOptional(ownerId).isEmpty()) {
            throw ApiException.unknownReference("ownerId", "rep " + ownerId + " does not exist");
        }
    }

    private void checkParent(CreateGoalRequest request, SalesPeriod period) {
        GoalRepository.Visible visible = access.visible();
        Goal parent = goals.findByIdOptional(request.parentId())
                .filter(goal -> visible == null || visible.contains(goal))
                .orElseThrow(() -> ApiException.unknownReference("parentId", "goal " + request.parentId() + " does not exist"));
        if (!request.type().acceptsParent(parent.type)) {
            throw ApiException.invalid("parentId", "a " + request.type() + " cannot sit under a " + parent.type
                    + " (OBJECTIVE → KEY_RESULT → KPI)");
        }
        if (!period.isWithin(parent.salesPeriod())) {
            throw ApiException.invalid("period", period.key() + " does not lie within the parent's period "
                    + parent.period);
        }
        if (!parent.active()) {
            throw ApiException.conflict("parent goal " + parent.id + " is archived; goals cannot be added under it");
        }
    }
}
