package io.salesplan.review.retrospective;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.goal.GoalRepository;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.retrospective.RetrospectiveDtos.Action;
import io.salesplan.review.retrospective.RetrospectiveDtos.PatchRequest;
import io.salesplan.review.retrospective.RetrospectiveDtos.RetrospectiveView;
import io.salesplan.review.retrospective.RetrospectiveDtos.Snapshot;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Retrospectives: the snapshot at creation, edits while open, and closing with its proposals. */
@ApplicationScoped
public class RetrospectiveService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Action>> ACTIONS = new TypeReference<>() {
    };

    private final Access access;
    private final Actors actors;
    private final RetrospectiveRepository retrospectives;
    private final Snapshots snapshots;
    private final GoalRepository goals;
    private final RepRepository reps;
    private final TeamRepository teams;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final BusinessCalendar calendar;
    private final ObjectMapper json;

    public RetrospectiveService(Access access, Actors actors, RetrospectiveRepository retrospectives,
            Snapshots snapshots, GoalRepository goals, RepRepository reps, TeamRepository teams, Outbox outbox,
            CursorCodec cursors, BusinessCalendar calendar, ObjectMapper json) {
        this.access = access;
        this.actors = actors;
        this.retrospectives = retrospectives;
        this.snapshots = snapshots;
        this.goals = goals;
        this.reps = reps;
        this.teams = teams;
        this.outbox = outbox;
        this.cursors = cursors;
        this.calendar = calendar;
        this.json = json;
    }

    @Transactional
    public Versioned create(Cadence cadence, OwnerScope scope, SalesPeriod period) {
        OwnerAccess.require(access.grant(Operation.CHANGE_RETROSPECTIVES), scope, "scopeType", "scopeId");
        if (scope.type() == OwnerType.REP && reps.findByIdOptional(scope.id()).isEmpty()) {
            throw ApiException.unknownReference("scopeId", "rep " + scope.id() + " does not exist");
        }
        if (scope.type() == OwnerType.TEAM && teams.findByIdOptional(scope.id()).isEmpty()) {
            throw ApiException.unknownReference("scopeId", "team " + scope.id() + " does not exist");
        }
        Snapshot snapshot = snapshots.of(scope, period);
        Retrospective retro = new Retrospective();
        retro.id = UUID.randomUUID();
        retro.cadence = cadence;
        retro.scopeType = scope.type().name();
        retro.scopeId = scope.id();
        retro.period = period.key();
        retro.status = RetrospectiveStatus.OPEN;
        retro.snapshot = write(snapshot);
        retro.findings = write(Findings.draft(snapshot));
        retro.causes = write(List.of());
        retro.actions = write(List.of());
        retro.createdAt = OffsetDateTime.now(calendar.zone());
        retro.createdBy = actors.current();
        retro.updatedBy = retro.createdBy;
        retrospectives.persist(retro);
        retrospectives.flush();
        return view(retro);
    }

    @Transactional
    public Versioned get(UUID id) {
        return view(find(id, access.grant(Operation.READ_RETROSPECTIVES)));
    }

    /** The retrospectives matching the filter whose scope the caller covers. */
    @Transactional
    public Page<RetrospectiveView> list(RetrospectiveRepository.Filter filter, String cursor, int limit) {
        Grant grant = access.grant(Operation.READ_RETROSPECTIVES);
        RetrospectiveRepository.Scopes scopes = grant.all() ? null
                : new RetrospectiveRepository.Scopes(grant.teamIds().orElseThrow(), grant.repIds().orElseThrow());
        String query = "retros|" + filter.scopeType() + "|" + filter.scopeId() + "|" + filter.cadence() + "|"
                + filter.period();
        Keyset.Position<OffsetDateTime> after = Keyset.after(cursors, query, cursor, OffsetDateTime::parse);
        List<Retrospective> rows = retrospectives.page(filter, scopes, after, limit + 1);
        return Keyset.page(cursors, query, rows, limit, r -> new Keyset.Position<>(r.createdAt, r.id))
                .map(r -> view(r).view());
    }

    @Transactional
    public Versioned patch(UUID id, String ifMatch, PatchRequest patch) {
        Retrospective retro = find(id, access.grant(Operation.CHANGE_RETROSPECTIVES));
        Versions.checkIfMatch(ifMatch, retro.version);
        requireOpen(retro);
        retro.updatedBy = actors.current();
        if (patch.actions() != null) {
            checkAdjustments(retro, patch.actions());
            retro.actions = write(patch.actions());
        }
        if (patch.notes() != null) {
            retro.notes = patch.notes();
        }
        if (patch.causes() != null) {
            retro.causes = write(patch.causes());
        }
        retrospectives.flush();
        return view(retro);
    }

    /** Freezes the retrospective and, in the same transaction, publishes each adjustment and the closing. */
    @Transactional
    public Versioned close(UUID id, String ifMatch) {
        Retrospective retro = find(id, access.grant(Operation.CHANGE_RETROSPECTIVES));
        Versions.checkIfMatch(ifMatch, retro.version);
        requireOpen(retro);
        OffsetDateTime now = OffsetDateTime.now(calendar.zone());
        retro.status = RetrospectiveStatus.CLOSED;
        retro.updatedBy = actors.current();
        retro.closedAt = now;
        List<Outbox.Draft> events = new ArrayList<>();
        for (Action action : read(retro.actions, ACTIONS)) {
            if (action.adjustment() != null) {
                var adjustment = action.adjustment();
                events.add(new Outbox.Draft(AdjustmentProposedV1.TYPE, adjustment.goalId().toString(),
                        new AdjustmentProposedV1(UUID.randomUUID(), retro.id, adjustment.goalId(),
                                adjustment.newTargetValue(), adjustment.reason(), now,
                                AdjustmentProposedV1.FIRST_VERSION)));
            }
        }
        // Flushed first: the closed event carries the version the close gives the retrospective.
        retrospectives.flush();
        events.add(new Outbox.Draft(RetrospectiveClosedV1.TYPE, retro.id.toString(), new RetrospectiveClosedV1(
                retro.id, retro.cadence.name(), retro.scopeType, retro.scopeId, retro.period, now, events.size(),
                retro.version)));
        outbox.publishAll(events);
        return view(retro);
    }

    private void checkAdjustments(Retrospective retro, List<Action> actions) {
        OwnerScope scope = new OwnerScope(OwnerType.valueOf(retro.scopeType), retro.scopeId);
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
        var ownedWithin = snapshots.ownedWithin(scope);
        for (int i = 0; i < actions.size(); i++) {
            var adjustment = actions.get(i).adjustment();
            if (adjustment != null && goals.findByIdOptional(adjustment.goalId()).filter(ownedWithin).isEmpty()) {
                throw ApiException.unknownReference("actions[" + i + "].adjustment.goalId", "goal "
                        + adjustment.goalId() + " is not a goal of this retrospective's scope " + scope.type()
                        + (scope.id() == null ? "" : " " + scope.id()));
            }
        }
    }

    /** The retrospective, when it exists and the grant covers its scope; else a 404. */
    private Retrospective find(UUID id, Grant grant) {
        return retrospectives.findByIdOptional(id).filter(r -> grant.coversOwner(r.scopeType, r.scopeId))
                .orElseThrow(() -> ApiException.notFound("Retrospective", id));
    }

    private static void requireOpen(Retrospective retro) {
        if (retro.status == RetrospectiveStatus.CLOSED) {
            throw ApiException.conflict("retrospective " + retro.id + " is closed; it can no longer be changed");
        }
    }

    /** A retrospective with its version, for the ETag. */
    public record Versioned(RetrospectiveView view, long version) {
        public String etag() {
            return Versions.etag(version);
        }
    }

    private Versioned view(Retrospective r) {
        return new Versioned(new RetrospectiveView(r.id, r.cadence, r.scopeType, r.scopeId, r.period, r.status,
                read(r.snapshot, new TypeReference<Snapshot>() {
                }), read(r.findings, STRINGS), r.notes, read(r.causes, STRINGS), read(r.actions, ACTIONS),
                r.createdBy, r.updatedBy), r.version);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write retrospective JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored retrospective JSON is unreadable", e);
        }
    }
}
