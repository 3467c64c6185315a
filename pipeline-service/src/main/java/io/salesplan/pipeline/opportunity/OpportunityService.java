package io.salesplan.pipeline.opportunity;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.pipeline.account.AccountService;
import io.salesplan.pipeline.account.Profile;
import io.salesplan.pipeline.config.PipelineConfig;
import io.salesplan.pipeline.org.OrgDirectory;
import io.salesplan.pipeline.org.Rep;
import io.salesplan.pipeline.pipeline.Pipeline;
import io.salesplan.pipeline.pipeline.PipelineService;
import io.salesplan.pipeline.pipeline.PipelineStage;
import io.salesplan.pipeline.pipeline.StageKind;
import io.salesplan.platform.config.PlatformConfig;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class OpportunityService {

    /** Fields a PATCH may change but not set to null (expectedCloseDate and source may be cleared). */
    private static final Set<String> REQUIRED = Set.of("name", "accountId", "ownerId", "amount", "forecastCategory");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final OpportunityRepository opportunities;
    private final StageChangeRepository changes;
    private final PipelineService pipelines;
    private final AccountService accounts;
    private final OrgDirectory org;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Access access;
    private final Actors actors;
    private final String currency;
    private final ForecastMapping forecast;

    public OpportunityService(OpportunityRepository opportunities, StageChangeRepository changes,
            PipelineService pipelines, AccountService accounts, OrgDirectory org, Outbox outbox, CursorCodec cursors,
            Access access, Actors actors, PlatformConfig config, PipelineConfig pipelineConfig) {
        this.opportunities = opportunities;
        this.changes = changes;
        this.pipelines = pipelines;
        this.accounts = accounts;
        this.org = org;
        this.outbox = outbox;
        this.cursors = cursors;
        this.access = access;
        this.actors = actors;
        this.currency = config.currency();
        this.forecast = new ForecastMapping(pipelineConfig.forecast().bestCaseFrom(),
                pipelineConfig.forecast().commitFrom());
    }

    @Transactional
    public OpportunityResponse create(OpportunityRequest request) {
        access.grant(Operation.OPPORTUNITIES).requireRep("ownerId", request.ownerId());
        Instant now = now();
        Instant createdAt = request.createdAt() == null ? now : instant(request.createdAt());
        if (createdAt.isAfter(now)) {
            throw ApiException.invalid("createdAt", "must not be in the future");
        }
        if (createdAt.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw ApiException.invalid("createdAt", "must not be before " + EARLIEST);
        }
        checkedDate("expectedCloseDate", request.expectedCloseDate());
        Pipeline pipeline = pipelines.resolveForPlacement(request.pipelineId());
        PipelineStage stage = request.stage() == null ? pipeline.firstOpenStage() : stageOf(pipeline, request.stage());
        Loss loss = loss(pipeline, stage, request.lostReasonCode(), request.lostReason());
        if (request.forecastCategory() != null && stage.kind != StageKind.OPEN) {
            throw ApiException.invalid("forecastCategory", "can only be given for an open deal; a deal created "
                    + stage.kind + " is " + forecast.categoryOf(stage.kind, stage.probability));
        }
        Profile profile = requireAccount(request.accountId());
        Rep owner = org.requireRep("ownerId", request.ownerId());

        Opportunity o = new Opportunity();
        o.id = UUID.randomUUID();
        o.name = request.name().strip();
        o.accountId = request.accountId();
        o.ownerId = owner.id;
        o.pipelineId = pipeline.id;
        o.amount = money(request.amount() == null ? BigDecimal.ZERO : request.amount());
        o.expectedCloseDate = request.expectedCloseDate();
        o.source = blankToNull(request.source());
        o.createdAt = createdAt;
        o.updatedAt = now;
        o.createdBy = actors.current();
        o.updatedBy = o.createdBy;
        o.takeProfile(profile);
        enter(o, stage, createdAt, loss);
        if (request.forecastCategory() != null) {
            o.forecastCategory = ForecastCategory.of(request.forecastCategory());
        }
        opportunities.persist(o);
        opportunities.flush();
        outbox.publish(OpportunityEventV1.CREATED, o.id.toString(), OpportunityEventV1.from(o, owner.teamId, stage.kind));
        return OpportunityResponse.from(o, currency);
    }

    @Transactional
    public OpportunityResponse get(UUID id) {
        return OpportunityResponse.from(visible(access.grant(Operation.OPPORTUNITIES),
                opportunities.findByIdOptional(id), id), currency);
    }

    /** Changes the given fields; a patch that changes nothing keeps the version and publishes nothing. */
    @Transactional
    public OpportunityResponse patch(UUID id, String ifMatch, OpportunityPatch patch, Set<String> cleared) {
        Grant grant = access.grant(Operation.OPPORTUNITIES);
        for (String field : cleared) {
            if (REQUIRED.contains(field)) {
                throw ApiException.invalid(field, "cannot be null; leave it out to keep the current value");
            }
        }
        if (patch.stage() != null) {
            throw ApiException.invalid("stage", "cannot be patched; move the opportunity with POST "
                    + "/api/v1/opportunities/" + id + "/stage");
        }
        if (patch.status() != null) {
            throw ApiException.invalid("status", "follows the stage; move the opportunity with POST "
                    + "/api/v1/opportunities/" + id + "/stage");
        }
        Opportunity o = visible(grant, opportunities.findForUpdate(id), id);
        Versions.checkIfMatch(ifMatch, o.version);
        // References first: verifying an owner may write it locally, which flushes the session, and the
        // opportunity must not be dirty yet or that flush would count as a version of its own.
        boolean newAccount = patch.accountId() != null && !patch.accountId().equals(o.accountId);
        Profile newProfile = newAccount ? requireAccount(patch.accountId()) : null;
        boolean newOwner = patch.ownerId() != null && !patch.ownerId().equals(o.ownerId);
        if (newOwner) {
            grant.requireRep("ownerId", patch.ownerId());
            org.requireRep("ownerId", patch.ownerId());
        }
        if (patch.forecastCategory() != null && o.status != OpportunityStatus.OPEN) {
            throw ApiException.conflict("opportunity " + id + " is " + o.status + ", so its forecast category is "
                    + o.forecastCategory + "; only an open deal takes PIPELINE, BEST_CASE or COMMIT");
        }
        boolean changed = newAccount || newOwner;
        if (newAccount) {
            o.accountId = patch.accountId();
            o.takeProfile(newProfile);
        }
        if (newOwner) {
            o.ownerId = patch.ownerId();
        }
        if (patch.name() != null && !patch.name().strip().equals(o.name)) {
            o.name = patch.name().strip();
            changed = true;
        }
        if (patch.amount() != null && money(patch.amount()).compareTo(o.amount) != 0) {
            o.amount = money(patch.amount());
            changed = true;
        }
        if (patch.expectedCloseDate() != null || cleared.contains("expectedCloseDate")) {
            LocalDate date = checkedDate("expectedCloseDate", patch.expectedCloseDate());
            changed |= !Objects.equals(date, o.expectedCloseDate);
            o.expectedCloseDate = date;
        }
        if (patch.forecastCategory() != null && ForecastCategory.of(patch.forecastCategory()) != o.forecastCategory) {
            o.forecastCategory = ForecastCategory.of(patch.forecastCategory());
            changed = true;
        }
        if (patch.source() != null || cleared.contains("source")) {
            String source = blankToNull(patch.source());
            changed |= !Objects.equals(source, o.source);
            o.source = source;
        }
        if (!changed) {
            return OpportunityResponse.from(o, currency);
        }
        o.updatedAt = now();
        o.updatedBy = actors.current();
        opportunities.flush();
        outbox.publish(OpportunityEventV1.UPDATED, o.id.toString(), state(o));
        return OpportunityResponse.from(o, currency);
    }

    /**
     * Moves the opportunity to a stage. Moving to the stage it is in changes nothing and publishes
     * nothing; moving a closed deal to an open stage reopens it.
     */
    @Transactional
    public OpportunityResponse move(UUID id, String ifMatch, StageMoveRequest move) {
        Opportunity o = visible(access.grant(Operation.OPPORTUNITIES), opportunities.findForUpdate(id), id);
        Versions.checkIfMatch(ifMatch, o.version);
        Pipeline pipeline = pipelines.resolveForPlacement(o.pipelineId);
        PipelineStage target = stageOf(pipeline, move.stage().strip());
        Loss loss = loss(pipeline, target, move.lostReasonCode(), move.lostReason());
        if (move.amount() != null && target.kind != StageKind.WON) {
            throw ApiException.invalid("amount", "a final amount can only be given when moving to the WON stage; "
                    + "PATCH the opportunity to change its amount");
        }
        if (target.key.equals(o.stage)) {
            return OpportunityResponse.from(o, currency);
        }
        Instant now = now();
        Instant at = move.at() == null ? now : instant(move.at());
        if (at.isAfter(now)) {
            throw ApiException.invalid("at", "must not be in the future");
        }
        if (at.isBefore(o.createdAt)) {
            throw ApiException.invalid("at", "must not be before the opportunity was created (" + o.createdAt + ")");
        }
        Optional<StageChange> previous = changes.latest(o.id);
        if (previous.isPresent() && at.isBefore(previous.get().at)) {
            throw ApiException.invalid("at", "must not be before the previous stage move (" + previous.get().at + ")");
        }
        String fromStage = o.stage;
        StageKind fromKind = pipeline.stage(fromStage).map(s -> s.kind).orElse(StageKind.OPEN);
        enter(o, target, at, loss);
        if (move.amount() != null) {
            o.amount = money(move.amount());
        }
        o.updatedAt = now;
        o.updatedBy = actors.current();
        StageChange change = new StageChange();
        change.opportunityId = o.id;
        change.fromStage = fromStage;
        change.toStage = target.key;
        change.at = at;
        change.movedBy = o.updatedBy;
        changes.persist(change);
        opportunities.flush();
        outbox.publish(OpportunityStageChangedV1.TYPE, o.id.toString(),
                OpportunityStageChangedV1.from(state(o), fromStage, fromKind, OpportunityResponse.utc(at)));
        return OpportunityResponse.from(o, currency);
    }

    @Transactional
    public HistoryResponse history(UUID id) {
        visible(access.grant(Operation.OPPORTUNITIES), opportunities.findByIdOptional(id), id);
        return new HistoryResponse(changes.history(id).stream().map(HistoryResponse.Move::from).toList());
    }

    @Transactional
    public Page<OpportunityResponse> list(OpportunityFilter filter, int limit, String cursor) {
        String queryKey = filter.queryKey();
        Keyset.Position<Instant> after = Keyset.after(cursors, queryKey, cursor, Instant::parse);
        List<Opportunity> rows = opportunities.page(filter, owners(filter.ownerId(), filter.teamId()), after,
                limit + 1);
        return Keyset.page(cursors, queryKey, rows, limit, o -> new Keyset.Position<>(o.createdAt, o.id))
                .map(o -> OpportunityResponse.from(o, currency));
    }

    /**
     * Whose opportunities a list or funnel may count for the caller: only owners in their scope.
     *
     * @throws ApiException 403 when the owner or team filter names someone outside the caller's scope
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Owners owners(UUID ownerId, UUID teamId) {
        Grant grant = access.grant(Operation.OPPORTUNITIES);
        if (ownerId != null) {
            grant.requireRep("ownerId", ownerId);
        }
        if (teamId != null) {
            grant.requireTeam("teamId", teamId);
        }
        return new Owners(ownerId, teamId == null ? null : org.teamWithSubTeams(teamId), grant.repIds().orElse(null));
    }

    /**
     * Puts the opportunity in a stage: status, probability, close time, loss and forecast category follow
     * the stage (an open stage's category from its probability, as Salesforce resets it on a stage change).
     */
    private void enter(Opportunity o, PipelineStage stage, Instant at, Loss loss) {
        o.stage = stage.key;
        o.probability = stage.probability;
        o.status = OpportunityStatus.valueOf(stage.kind.name());
        o.closedAt = stage.kind == StageKind.OPEN ? null : at;
        o.lostReasonCode = loss == null ? null : loss.code();
        o.lostReason = loss == null ? null : loss.detail();
        o.forecastCategory = forecast.categoryOf(stage.kind, stage.probability);
    }

    /** Why a deal was lost: a code of its pipeline and an optional free-text detail. */
    private record Loss(String code, String detail) {
    }

    private OpportunityEventV1 state(Opportunity o) {
        Pipeline pipeline = pipelines.resolve(o.pipelineId);
        StageKind kind = pipeline.stage(o.stage).map(s -> s.kind).orElse(StageKind.OPEN);
        return OpportunityEventV1.from(o, org.teamOf(o.ownerId).orElse(null), kind);
    }

    /** The opportunity when it exists and its owner is within the grant; otherwise a 404 that reveals nothing. */
    private static Opportunity visible(Grant grant, Optional<Opportunity> found, UUID id) {
        return found.filter(o -> grant.coversRep(o.ownerId))
                .orElseThrow(() -> ApiException.notFound("Opportunity", id));
    }

    /** The account's current profile, which the opportunity keeps; a 422 when the account does not exist. */
    private Profile requireAccount(UUID accountId) {
        return accounts.profile(accountId).orElseThrow(() -> ApiException.unknownReference("accountId",
                "account " + accountId + " does not exist"));
    }

    private static PipelineStage stageOf(Pipeline pipeline, String key) {
        return pipeline.stage(key).orElseThrow(() -> ApiException.unknownReference("stage", "pipeline " + pipeline.id
                + " has no stage " + key + "; its stages are " + PipelineService.keys(pipeline)));
    }

    /**
     * The loss of a deal entering the stage: a code of the pipeline (required for the LOST stage) with an
     * optional detail; null for any other stage, where neither may be given.
     */
    private static Loss loss(Pipeline pipeline, PipelineStage stage, String code, String detail) {
        String reasonCode = blankToNull(code);
        String text = blankToNull(detail);
        String allowed = String.join(", ", pipeline.lostReasonCodes);
        if (stage.kind != StageKind.LOST) {
            if (reasonCode != null) {
                throw ApiException.invalid("lostReasonCode", "is only allowed with the LOST stage");
            }
            if (text != null) {
                throw ApiException.invalid("lostReason", "is only allowed with the LOST stage");
            }
            return null;
        }
        if (reasonCode == null) {
            throw ApiException.invalid("lostReasonCode", "is required when moving to the LOST stage; allowed values: "
                    + allowed);
        }
        if (!pipeline.lostReasonCodes.contains(reasonCode)) {
            throw ApiException.invalid("lostReasonCode", "unknown value '" + reasonCode + "'; allowed values: "
                    + allowed);
        }
        return new Loss(reasonCode, text);
    }

    /** A business date the database and every report can hold. */
    private static LocalDate checkedDate(String field, LocalDate date) {
        if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
            throw ApiException.invalid(field, "must be between " + EARLIEST + " and " + LATEST);
        }
        return date;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Instant instant(OffsetDateTime time) {
        return time.toInstant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
