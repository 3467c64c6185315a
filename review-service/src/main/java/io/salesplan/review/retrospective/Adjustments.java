package io.salesplan.review.retrospective;

import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.review.goal.GoalRepository;
import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The target adjustments a retrospective's actions propose: checked when edited, published when it closes. */
@ApplicationScoped
public class Adjustments {

    private final GoalRepository goals;
    private final RetrospectiveScopes scopes;
    private final RetrospectiveJson json;

    public Adjustments(GoalRepository goals, RetrospectiveScopes scopes, RetrospectiveJson json) {
        this.goals = goals;
        this.scopes = scopes;
        this.json = json;
    }

    /** Each adjustment raises the target above 0 and names a goal owned within the retrospective's scope. */
    public void check(Retrospective retro, List<RetrospectiveAction> actions) {
        OwnerScope scope = new OwnerScope(retro.scopeType, retro.scopeId);
        List<Problem.FieldError> invalid = new ArrayList<>();
        for (int i = 0; i < actions.size(); i++) {
            var adjustment = actions.get(i).adjustment();
            if (adjustment != null && adjustment.newTargetValue().signum() <= 0) {
                invalid.add(new Problem.FieldError("actions[" + i + "].adjustment.newTargetValue",
                        "must be greater than 0"));
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        var ownedWithin = scopes.ownedWithin(scope);
        for (int i = 0; i < actions.size(); i++) {
            var adjustment = actions.get(i).adjustment();
            if (adjustment != null && goals.findByIdOptional(adjustment.goalId()).filter(ownedWithin).isEmpty()) {
                throw ApiException.unknownReference("actions[" + i + "].adjustment.goalId", "goal "
                        + adjustment.goalId() + " is not a goal of this retrospective's scope " + scope.type()
                        + (scope.id() == null ? "" : " " + scope.id()));
            }
        }
    }

    /** One AdjustmentProposed event per action that carries an adjustment, in the actions' order. */
    public List<Outbox.Draft> proposed(Retrospective retro, OffsetDateTime now) {
        List<Outbox.Draft> events = new ArrayList<>();
        for (RetrospectiveAction action : json.actions(retro)) {
            if (action.adjustment() != null) {
                var adjustment = action.adjustment();
                events.add(new Outbox.Draft(AdjustmentProposedV1.TYPE, adjustment.goalId().toString(),
                        new AdjustmentProposedV1(UUID.randomUUID(), retro.id, adjustment.goalId(),
                                adjustment.newTargetValue(), adjustment.reason(), now,
                                AdjustmentProposedV1.FIRST_VERSION)));
            }
        }
        return events;
    }
}
