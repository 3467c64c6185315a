package io.salesplan.pipeline.opportunity;

import static io.salesplan.pipeline.opportunity.OpportunityInputs.blankToNull;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.checkPatchable;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.checkedDate;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.createdAt;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.money;
import static io.salesplan.pipeline.opportunity.OpportunityInputs.now;

import io.salesplan.pipeline.access.Operation;
import io.salesplan.pipeline.account.AccountService;
import io.salesplan.pipeline.account.Profile;
import io.salesplan.pipeline.org.OrgDirectory;
import io.salesplan.pipeline.org.Rep;
import io.salesplan.pipeline.pipeline.Pipeline;
import io.salesplan.pipeline.pipeline.PipelineLookup;
import io.salesplan.pipeline.pipeline.PipelineStage;
import io.salesplan.pipeline.pipeline.StageKind;
import io.salesplan.platform.config.PlatformConfig;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Creates, reads, changes and lists opportunities; their stage moves are {@link StageMoveService}'s. */
@ApplicationScoped
public class OpportunityService {

    private final OpportunityRepository opportunities;
    private final PipelineLookup pipelines;
    private final StagePlacement placement;
    private final OpportunityScope scope;
    private final OpportunityEvents events;
    private final AccountService accounts;
    private final OrgDirectory org;
    private final CursorCodec cursors;
    private final Access access;
    private final Actors actors;
    private final String currency;

    public OpportunityService(OpportunityRepository opportunities, PipelineLookup pipelines, StagePlacement placement,
            OpportunityScope scope, OpportunityEvents events, AccountService accounts, OrgDirectory org,
            CursorCodec cursors, Access access, Actors actors, PlatformConfig config) {
        this.opportunities = opportunities;
        this.pipelines = pipelines;
        this.placement = placement;
        this.scope = scope;
        this.events = events;
        this.accounts = accounts;
        this.org = org;
        this.cursors = cursors;
        this.access = access;
        this.actors = actors;
        this.currency = config.currency();
    }

    @Transactional
    public OpportunityResponse create(OpportunityRequest request) {
        access.grant(Operation.OPPORTUNITIES).requireRep("ownerId", request.ownerId());
        Instant now = now();
        Instant createdAt = createdAt(request.createdAt(), now);
        checkedDate("expectedCloseDate", request.expectedCloseDate());
        Pipeline pipeline = pipelines.resolveForPlacement(request.pipelineId());
        PipelineStage stage = request.stage() == null ? pipeline.firstOpenStage()
                : StagePlacement.stageOf(pipeline, request.stage());
        StagePlacement.Loss loss = StagePlacement.loss(pipeline, stage, request.lostReasonCode(), request.lostReason());
        if (request.forecastCategory() != null && stage.kind != StageKind.OPEN) {
            throw ApiException.invalid("forecastCategory", "can only be given for an open deal; a deal created "
                    + stage.kind + " is " + placement.categoryOf(stage));
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
        placement.enter(o, stage, createdAt, loss);
        if (request.forecastCategory() != null) {
            o.forecastCategory = ForecastCategory.of(request.forecastCategory());
        }
        opportunities.persist(o);
        opportunities.flush();
        events.created(o, owner.teamId, stage.kind);
        return OpportunityResponse.from(o, currency);
    }

    @Transactional
    public OpportunityResponse get(UUID id) {
        return OpportunityResponse.from(OpportunityScope.visible(access.grant(Operation.OPPORTUNITIES),
                opportunities.findByIdOptional(id), id), currency);
    }

    /** Changes the given fields; a patch that changes nothing keeps the version and publishes nothing. */
    @Transactional
    public OpportunityResponse patch(UUID id, String ifMatch, OpportunityPatchRequest patch, Set<String> cleared) {
        Grant grant = access.grant(Operation.OPPORTUNITIES);
        checkPatchable(id, patch, cleared);
        Opportunity o = OpportunityScope.visible(grant, opportunities.findForUpdate(id), id);
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
        events.updated(o);
        return OpportunityResponse.from(o, currency);
    }

    @Transactional
    public Page<OpportunityResponse> list(OpportunityFilter filter, int limit, String cursor) {
        String queryKey = filter.queryKey();
        Keyset.Position<Instant> after = Keyset.after(cursors, queryKey, cursor, Instant::parse);
        List<Opportunity> rows = opportunities.page(filter, scope.owners(filter.ownerId(), filter.teamId()), after,
                limit + 1);
        return Keyset.page(cursors, queryKey, rows, limit, o -> new Keyset.Position<>(o.createdAt, o.id))
                .map(o -> OpportunityResponse.from(o, currency));
    }

    /** The account's current profile, which the opportunity keeps; a 422 when the account does not exist. */
    private Profile requireAccount(UUID accountId) {
        return accounts.profile(accountId).orElseThrow(() -> ApiException.unknownReference("accountId",
                "account " + accountId + " does not exist"));
    }
}
