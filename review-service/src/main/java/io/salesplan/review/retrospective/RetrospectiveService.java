package io.salesplan.review.retrospective;

import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import io.salesplan.review.access.Operation;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.BusinessCalendar;
import io.salesplan.review.scope.OwnerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Retrospectives: the snapshot at creation, edits while open, and closing with its proposals. */
@ApplicationScoped
public class RetrospectiveService {

    private final Access access;
    private final Actors actors;
    private final RetrospectiveRepository retrospectives;
    private final RetrospectiveScopes scopes;
    private final Snapshots snapshots;
    private final Adjustments adjustments;
    private final RetrospectiveJson json;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final BusinessCalendar calendar;

    public RetrospectiveService(Access access, Actors actors, RetrospectiveRepository retrospectives,
            RetrospectiveScopes scopes, Snapshots snapshots, Adjustments adjustments, RetrospectiveJson json,
            Outbox outbox, CursorCodec cursors, BusinessCalendar calendar) {
        this.access = access;
        this.actors = actors;
        this.retrospectives = retrospectives;
        this.scopes = scopes;
        this.snapshots = snapshots;
        this.adjustments = adjustments;
        this.json = json;
        this.outbox = outbox;
        this.cursors = cursors;
        this.calendar = calendar;
    }

    @Transactional
    public Versioned create(Cadence cadence, OwnerScope scope, SalesPeriod period) {
        OwnerAccess.require(access.grant(Operation.CHANGE_RETROSPECTIVES), scope, "scopeType", "scopeId");
        scopes.requireExists(scope);
        RetrospectiveSnapshot snapshot = snapshots.of(scope, period);
        Retrospective retro = new Retrospective();
        retro.id = UUID.randomUUID();
        retro.cadence = cadence;
        retro.scopeType = scope.type();
        retro.scopeId = scope.id();
        retro.period = period.key();
        retro.status = RetrospectiveStatus.OPEN;
        retro.snapshot = json.write(snapshot);
        retro.findings = json.write(Findings.draft(snapshot));
        retro.causes = json.write(List.of());
        retro.actions = json.write(List.of());
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
    public Page<RetrospectiveResponse> list(RetrospectiveRepository.Filter filter, String cursor, int limit) {
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
    public Versioned patch(UUID id, String ifMatch, RetrospectivePatchRequest patch) {
        Retrospective retro = find(id, access.grant(Operation.CHANGE_RETROSPECTIVES));
        Versions.checkIfMatch(ifMatch, retro.version);
        requireOpen(retro);
        retro.updatedBy = actors.current();
        if (patch.actions() != null) {
            adjustments.check(retro, patch.actions());
            retro.actions = json.write(patch.actions());
        }
        if (patch.notes() != null) {
            retro.notes = patch.notes();
        }
        if (patch.causes() != null) {
            retro.causes = json.write(patch.causes());
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
        List<Outbox.Draft> events = new ArrayList<>(adjustments.proposed(retro, now));
        // Flushed first: the closed event carries the version the close gives the retrospective.
        retrospectives.flush();
        events.add(new Outbox.Draft(RetrospectiveClosedV1.TYPE, retro.id.toString(), new RetrospectiveClosedV1(
                retro.id, retro.cadence.name(), retro.scopeType.name(), retro.scopeId, retro.period, now, events.size(),
                retro.version)));
        outbox.publishAll(events);
        return view(retro);
    }

    /** The retrospective, when it exists and the grant covers its scope; else a 404. */
    private Retrospective find(UUID id, Grant grant) {
        return retrospectives.findByIdOptional(id).filter(r -> grant.coversOwner(r.scopeType.name(), r.scopeId))
                .orElseThrow(() -> ApiException.notFound("Retrospective", id));
    }

    private static void requireOpen(Retrospective retro) {
        if (retro.status == RetrospectiveStatus.CLOSED) {
            throw ApiException.conflict("retrospective " + retro.id + " is closed; it can no longer be changed");
        }
    }

    /** A retrospective with its version, for the ETag. */
    public record Versioned(RetrospectiveResponse view, long version) {
        public String etag() {
            return Versions.etag(version);
        }
    }

    private Versioned view(Retrospective r) {
        return new Versioned(json.view(r), r.version);
    }
}
