package io.salesplan.review.retrospective;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.platform.web.Versions;
import io.salesplan.review.ReviewConfig;
import io.salesplan.review.conversion.ConversionService;
import io.salesplan.review.conversion.ConversionView;
import io.salesplan.review.effectiveness.EffectivenessService;
import io.salesplan.review.effectiveness.TypeEffectiveness;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.retrospective.RetrospectiveDtos.Action;
import io.salesplan.review.retrospective.RetrospectiveDtos.PatchRequest;
import io.salesplan.review.retrospective.RetrospectiveDtos.RetrospectiveView;
import io.salesplan.review.retrospective.RetrospectiveDtos.Snapshot;
import io.salesplan.review.retrospective.RetrospectiveDtos.StaleDeal;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import io.salesplan.review.scope.ReportWindow;
import io.salesplan.review.scope.ScopeFilter;
import io.salesplan.review.variance.GoalVarianceView;
import io.salesplan.review.variance.VarianceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Retrospectives: the snapshot at creation, edits while open, and closing with its proposals. */
@ApplicationScoped
public class RetrospectiveService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Action>> ACTIONS = new TypeReference<>() {
    };

    private final RetrospectiveRepository retrospectives;
    private final VarianceService variance;
    private final ConversionService conversion;
    private final EffectivenessService effectiveness;
    private final RepRepository reps;
    private final TeamRepository teams;
    private final EntityManager em;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final BusinessCalendar calendar;
    private final ObjectMapper json;
    private final int staleDays;

    public RetrospectiveService(RetrospectiveRepository retrospectives, VarianceService variance,
            ConversionService conversion, EffectivenessService effectiveness, RepRepository reps, TeamRepository teams,
            EntityManager em, Outbox outbox, CursorCodec cursors, BusinessCalendar calendar, ObjectMapper json,
            ReviewConfig config) {
        this.retrospectives = retrospectives;
        this.variance = variance;
        this.conversion = conversion;
        this.effectiveness = effectiveness;
        this.reps = reps;
        this.teams = teams;
        this.em = em;
        this.outbox = outbox;
        this.cursors = cursors;
        this.calendar = calendar;
        this.json = json;
        this.staleDays = config.staleDays();
    }

    @Transactional
    public Versioned create(Cadence cadence, OwnerScope scope, SalesPeriod period) {
        if (scope.type() == OwnerType.REP && reps.findByIdOptional(scope.id()).isEmpty()) {
            throw ApiException.unknownReference("scopeId", "rep " + scope.id() + " does not exist");
        }
        if (scope.type() == OwnerType.TEAM && teams.findByIdOptional(scope.id()).isEmpty()) {
            throw ApiException.unknownReference("scopeId", "team " + scope.id() + " does not exist");
        }
        Snapshot snapshot = snapshot(scope, period);
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
        retrospectives.persist(retro);
        retrospectives.flush();
        return view(retro);
    }

    @Transactional
    public Versioned get(UUID id) {
        return view(find(id));
    }

    @Transactional
    public Page<RetrospectiveView> list(RetrospectiveRepository.Filter filter, String cursor, int limit) {
        String query = "retros|" + filter.scopeType() + "|" + filter.scopeId() + "|" + filter.cadence() + "|"
                + filter.period();
        RetrospectiveRepository.After after = null;
        if (cursor != null && !cursor.isBlank()) {
            List<String> key = cursors.decode(query, cursor);
            after = new RetrospectiveRepository.After(OffsetDateTime.parse(key.get(0)), UUID.fromString(key.get(1)));
        }
        List<Retrospective> rows = retrospectives.page(filter, after, limit);
        String next = null;
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
            Retrospective last = rows.get(limit - 1);
            next = cursors.encode(query, List.of(last.createdAt.toString(), last.id.toString()));
        }
        return new Page<>(rows.stream().map(r -> view(r).view()).toList(), next);
    }

    @Transactional
    public Versioned patch(UUID id, String ifMatch, PatchRequest patch) {
        Retrospective retro = find(id);
        Versions.checkIfMatch(ifMatch, retro.version);
        requireOpen(retro);
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
        Retrospective retro = find(id);
        Versions.checkIfMatch(ifMatch, retro.version);
        requireOpen(retro);
        OffsetDateTime now = OffsetDateTime.now(calendar.zone());
        retro.status = RetrospectiveStatus.CLOSED;
        retro.closedAt = now;
        List<Outbox.Draft> events = new ArrayList<>();
        for (Action action : read(retro.actions, ACTIONS)) {
            if (action.adjustment() != null) {
                var adjustment = action.adjustment();
                events.add(new Outbox.Draft(AdjustmentProposedV1.TYPE, adjustment.goalId().toString(),
                        new AdjustmentProposedV1(UUID.randomUUID(), retro.id, adjustment.goalId(),
                                adjustment.newTargetValue(), adjustment.reason(), now)));
            }
        }
        events.add(new Outbox.Draft(RetrospectiveClosedV1.TYPE, retro.id.toString(), new RetrospectiveClosedV1(
                retro.id, retro.cadence.name(), retro.scopeType, retro.scopeId, retro.period, now, events.size())));
        retrospectives.flush();
        outbox.publishAll(events);
        return view(retro);
    }

    private Snapshot snapshot(OwnerScope scope, SalesPeriod period) {
        LocalDate today = calendar.today();
        LocalDate asOf = today.isAfter(period.end()) ? period.end() : today;
        List<GoalVarianceView> goals = variance.ofOwner(scope, period, asOf, goal -> true).items();
        ReportWindow window = new ReportWindow(period.start(), period.end(), asOf);
        ConversionView cohort = conversion.ofOwner(scope, window, null);
        TypeEffectiveness best = effectiveness.ofOwner(scope, window).types().stream()
                .filter(t -> t.winRate() != null)
                .max(Comparator.comparing(TypeEffectiveness::winRate)
                        .thenComparingLong(TypeEffectiveness::wonOpportunities)
                        .thenComparing(TypeEffectiveness::type, Comparator.reverseOrder()))
                .orElse(null);
        return new Snapshot(asOf, goals, cohort, cohort.biggestLeak(), best, staleDays, staleDeals(scope, asOf));
    }

    /** Open deals of the scope whose last activity (or creation, without any) is staleDays or more before asOf. */
    private List<StaleDeal> staleDeals(OwnerScope scope, LocalDate asOf) {
        ScopeFilter filter = ScopeFilter.of(scope, "o.owner_id");
        String sql = filter.with() + "select o.opportunity_id, o.owner_id, o.stage, o.amount, "
                + "greatest(o.created_date, coalesce(max(a.occurred_date), o.created_date)) as last_day "
                + "from rm_opportunity o left join rm_activity a on a.opportunity_id = o.opportunity_id "
                + "and not a.deleted and a.occurred_date <= :asOf "
                + "where o.status = 'OPEN' and o.created_date <= :asOf and " + filter.condition()
                + " group by o.opportunity_id, o.owner_id, o.stage, o.amount, o.created_date "
                + "having greatest(o.created_date, coalesce(max(a.occurred_date), o.created_date)) <= :cutoff "
                + "order by last_day, o.opportunity_id";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = filter.bind(em.createNativeQuery(sql))
                .setParameter("asOf", asOf)
                .setParameter("cutoff", asOf.minusDays(staleDays))
                .getResultList();
        return rows.stream().map(row -> {
            LocalDate last = row[4] instanceof Date date ? date.toLocalDate() : (LocalDate) row[4];
            return new StaleDeal((UUID) row[0], (UUID) row[1], (String) row[2], (BigDecimal) row[3], last,
                    ChronoUnit.DAYS.between(last, asOf));
        }).toList();
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
        for (int i = 0; i < actions.size(); i++) {
            var adjustment = actions.get(i).adjustment();
            if (adjustment != null && !goalInScope(adjustment.goalId(), scope)) {
                throw ApiException.unknownReference("actions[" + i + "].adjustment.goalId", "goal "
                        + adjustment.goalId() + " is not a goal of this retrospective's scope " + scope.type()
                        + (scope.id() == null ? "" : " " + scope.id()));
            }
        }
    }

    /** The rep's goals for a rep; the team's, its sub-teams' and their reps' goals for a team; any for the company. */
    private boolean goalInScope(UUID goalId, OwnerScope scope) {
        ScopeFilter filter = ScopeFilter.of(scope, "g.owner_id");
        String owned = switch (scope.type()) {
            case COMPANY -> "true";
            case REP -> "g.owner_type = 'REP' and " + filter.condition();
            case TEAM -> "(g.owner_type = 'TEAM' and g.owner_id in (select team_id from subtree)) "
                    + "or (g.owner_type = 'REP' and " + filter.condition() + ")";
        };
        String sql = filter.with() + "select count(*) from rm_goal g where g.goal_id = :goal and (" + owned + ")";
        Number count = (Number) filter.bind(em.createNativeQuery(sql)).setParameter("goal", goalId)
                .getSingleResult();
        return count.longValue() > 0;
    }

    private Retrospective find(UUID id) {
        return retrospectives.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Retrospective", id));
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
                }), read(r.findings, STRINGS), r.notes, read(r.causes, STRINGS), read(r.actions, ACTIONS)), r.version);
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
