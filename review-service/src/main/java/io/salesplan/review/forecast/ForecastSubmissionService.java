package io.salesplan.review.forecast;

import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.Granularity;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.org.RepRepository;
import io.salesplan.review.org.TeamRepository;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import io.salesplan.review.scope.OwnerType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Forecast calls: submitted with their time and author, listed with the calls a later one of the same
 * week supersedes, and scored against what was won once their period has ended.
 */
@ApplicationScoped
public class ForecastSubmissionService {

    private final Access access;
    private final Actors actors;
    private final ForecastSubmissionRepository submissions;
    private final ForecastService forecasts;
    private final TeamRepository teams;
    private final RepRepository reps;
    private final CursorCodec cursors;
    private final BusinessCalendar calendar;
    private final String currency;

    public ForecastSubmissionService(Access access, Actors actors, ForecastSubmissionRepository submissions,
            ForecastService forecasts, TeamRepository teams, RepRepository reps, CursorCodec cursors,
            BusinessCalendar calendar, PlatformConfig config) {
        this.access = access;
        this.actors = actors;
        this.submissions = submissions;
        this.forecasts = forecasts;
        this.teams = teams;
        this.reps = reps;
        this.cursors = cursors;
        this.calendar = calendar;
        this.currency = config.currency();
    }

    @Transactional
    public ForecastSubmissionResponse submit(SubmitForecastRequest request) {
        Grant grant = access.grant(Operation.FORECASTS);
        OwnerScope owner = owner(request.ownerType(), request.ownerId());
        OwnerAccess.require(grant, owner, "ownerType", "ownerId");
        SalesPeriod period = SalesPeriod.tryParse(request.period().trim())
                .orElseThrow(() -> ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT));
        LocalDate latestStart = calendar.today().plusYears(1);
        if (period.start().isAfter(latestStart)) {
            throw ApiException.invalid("period", "must start within a year from today (by " + latestStart
                    + "); " + period.key() + " starts on " + period.start());
        }
        if (owner.type() == OwnerType.TEAM && teams.findByIdOptional(owner.id()).isEmpty()) {
            throw ApiException.unknownReference("ownerId", "team " + owner.id() + " does not exist");
        }
        if (owner.type() == OwnerType.REP && reps.findByIdOptional(owner.id()).isEmpty()) {
            throw ApiException.unknownReference("ownerId", "rep " + owner.id() + " does not exist");
        }
        ForecastSubmission call = new ForecastSubmission();
        call.id = UUID.randomUUID();
        call.ownerType = owner.type();
        call.ownerId = owner.id();
        call.period = period.key();
        call.periodStart = period.start();
        call.periodEnd = period.end();
        call.amount = request.amount().setScale(2);
        call.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        call.submittedAt = OffsetDateTime.now(calendar.zone()).truncatedTo(ChronoUnit.MICROS);
        call.submittedBy = actors.current();
        call.submittedWeek = SalesPeriod.containing(call.submittedAt.toLocalDate(), Granularity.WEEK).key();
        submissions.persist(call);
        return views(List.of(call), Set.of()).get(0);
    }

    /** A call whose owner the caller covers; a 404 otherwise. */
    @Transactional
    public ForecastSubmissionResponse get(UUID id) {
        Grant grant = access.grant(Operation.FORECASTS);
        ForecastSubmission call = submissions.findByIdOptional(id)
                .filter(s -> grant.coversOwner(s.ownerType.name(), s.ownerId))
                .orElseThrow(() -> ApiException.notFound("Forecast submission", id));
        return views(List.of(call), submissions.superseded(List.of(call.id))).get(0);
    }

    /** The calls matching the filter whose owner the caller covers, newest first. */
    @Transactional
    public Page<ForecastSubmissionResponse> list(OwnerScope owner, SalesPeriod period, String cursor, int limit) {
        Grant grant = access.grant(Operation.FORECASTS);
        if (owner != null) {
            OwnerAccess.require(grant, owner, "ownerType", "ownerId");
        }
        ForecastSubmissionRepository.Scopes scopes = grant.all() ? null
                : new ForecastSubmissionRepository.Scopes(grant.teamIds().orElseThrow(), grant.repIds().orElseThrow());
        ForecastSubmissionRepository.Filter filter = new ForecastSubmissionRepository.Filter(
                owner == null ? null : owner.type(), owner == null ? null : owner.id(),
                period == null ? null : period.key());
        String query = "forecasts|" + filter.ownerType() + "|" + filter.ownerId() + "|" + filter.period();
        Keyset.Position<OffsetDateTime> after = Keyset.after(cursors, query, cursor, OffsetDateTime::parse);
        List<ForecastSubmission> rows = submissions.page(filter, scopes, after, limit + 1);
        Page<ForecastSubmission> page = Keyset.page(cursors, query, rows, limit,
                s -> new Keyset.Position<>(s.submittedAt, s.id));
        List<ForecastSubmission> calls = page.items();
        return new Page<>(views(calls, submissions.superseded(calls.stream().map(s -> s.id).toList())),
                page.nextCursor());
    }

    /**
     * The counted calls (the latest of each week) of an owner for a period, scored. No access check: for
     * callers that made their own (a retrospective's snapshot).
     */
    @Transactional
    public List<ForecastSubmissionResponse> counted(OwnerScope owner, SalesPeriod period) {
        return views(submissions.counted(owner.type(), owner.id(), period.key()), Set.of());
    }

    /** The views, with each period's actual read once and only for periods that have ended. */
    private List<ForecastSubmissionResponse> views(List<ForecastSubmission> calls, Set<UUID> superseded) {
        LocalDate today = calendar.today();
        Map<String, BigDecimal> actuals = new HashMap<>();
        return calls.stream().map(call -> {
            BigDecimal actual = null;
            if (call.periodEnd.isBefore(today)) {
                OwnerScope owner = new OwnerScope(call.ownerType, call.ownerId);
                SalesPeriod period = SalesPeriod.parse(call.period);
                actual = actuals.computeIfAbsent(call.ownerType + "|" + call.ownerId + "|" + call.period,
                        key -> forecasts.wonInPeriod(owner, period, period.end()));
            }
            return new ForecastSubmissionResponse(call.id, call.ownerType.name(), call.ownerId, call.period, call.periodStart,
                    call.periodEnd, call.amount, currency, call.note, call.submittedAt, call.submittedBy,
                    call.submittedWeek, superseded.contains(call.id), actual, ForecastAccuracy.of(actual, call.amount));
        }).toList();
    }

    private static OwnerScope owner(OwnerType type, UUID id) {
        if (type == OwnerType.COMPANY && id != null) {
            throw ApiException.invalid("ownerId", "must be empty when ownerType is COMPANY");
        }
        if (type != OwnerType.COMPANY && id == null) {
            throw ApiException.invalid("ownerId", "is required when ownerType is " + type);
        }
        return new OwnerScope(type, id);
    }
}
