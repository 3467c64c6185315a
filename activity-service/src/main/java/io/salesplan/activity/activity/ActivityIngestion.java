package io.salesplan.activity.activity;

import io.salesplan.activity.access.Operation;
import io.salesplan.activity.reference.References;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Logs one activity ({@code POST /api/v1/activities}). An activity whose references are all known
 * locally (the common case) is checked and stored in one transaction ({@link #storeIfKnownLocally});
 * a reference the owning service must be asked about is verified before the transaction starts, so
 * no database connection waits on another service. The same source + externalId sent again returns
 * the stored activity, unless its owner is outside the caller's grant for {@link Operation#ACTIVITIES}.
 */
@ApplicationScoped
public class ActivityIngestion {

    private final ActivityStore store;
    private final ActivityRepository repository;
    private final CandidateReferences references;
    private final Actors actors;
    private final Access access;
    private final Clock clock = Clock.systemUTC();

    public ActivityIngestion(ActivityStore store, ActivityRepository repository, CandidateReferences references,
            Actors actors, Access access) {
        this.store = store;
        this.repository = repository;
        this.references = references;
        this.actors = actors;
        this.access = access;
    }

    /** The stored activity and whether this call created it (false: same source + externalId seen before). */
    public record Logged(ActivityResponse activity, boolean created) {
    }

    public Logged create(LogActivityRequest activity) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        OffsetDateTime now = ActivityStore.now(clock);
        List<FieldError> errors = ActivityRules.check(activity, now);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        grant.requireRep("ownerId", activity.ownerId());
        Candidate candidate = new Candidate(0, activity);
        String actor = actors.currentOr(ActivityStore.SYSTEM);
        ActivityStore.Stored stored = storeIfKnownLocally(candidate, now, actor);
        if (stored == null) {
            references.resolve(List.of(candidate), false);
            if (!candidate.errors.isEmpty()) {
                throw References.unknown(candidate.errors);
            }
            stored = store.store(List.of(candidate.row(now)), now, actor);
        }
        if (!stored.created().isEmpty()) {
            return new Logged(ActivityResponse.logged(stored.created().get(0), now, actor), true);
        }
        ActivityRepository.Existing existing = stored.existing().get(candidate.key());
        if (existing != null && !grant.coversRep(existing.ownerId())) {
            throw ApiException.forbidden(ActivityStore.STORED_OUTSIDE_SCOPE.field() + ": "
                    + ActivityStore.STORED_OUTSIDE_SCOPE.message());
        }
        Optional<ActivityResponse> found = existing == null ? Optional.empty()
                : repository.findByIdOptional(existing.id()).map(ActivityResponse::from);
        return new Logged(found.orElseThrow(() -> ApiException.conflict("The activity with this source and externalId "
                + "was deleted while it was being stored; send it again")), false);
    }

    /**
     * Verifies the candidate's references against the local copies and stores it, in one transaction.
     *
     * @return null, having written nothing, when a reference is not known locally and its owning
     *         service must be asked (outside any transaction)
     */
    @Transactional
    ActivityStore.Stored storeIfKnownLocally(Candidate candidate, OffsetDateTime now, String actor) {
        if (!references.resolve(List.of(candidate), true)) {
            return null;
        }
        if (!candidate.errors.isEmpty()) {
            throw References.unknown(candidate.errors);
        }
        return store.store(List.of(candidate.row(now)), now, actor);
    }
}
