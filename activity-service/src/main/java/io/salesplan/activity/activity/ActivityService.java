package io.salesplan.activity.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.salesplan.activity.access.Operation;
import io.salesplan.activity.reference.OpportunityLink;
import io.salesplan.activity.reference.References;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Logs activities, one at a time or in batches. Both paths share one pipeline: check each item,
 * verify its references in bulk (one query per kind of reference, the owning service only for ids
 * not known locally yet), then store all new rows in one statement and their events in one outbox
 * statement, in one transaction. A reference the owning service must be asked about is verified
 * before the transaction starts, so no database connection waits on another service; a single
 * activity whose references are all known locally (the common case) is checked and stored in one
 * transaction.
 *
 * <p>Every operation is checked against the caller's grant for {@link Operation#ACTIVITIES}: an
 * owner outside it is a 403 when named in a request (an INVALID item in a batch), an activity whose
 * owner is outside it is a 404 by id and never listed, and an activity already stored under the same
 * source + externalId for an owner outside it is refused rather than shown.
 */
@ApplicationScoped
public class ActivityService {

    public static final int MAX_BATCH = 1000;
    /** The author of what no request caused; every activity today is logged by a request. */
    public static final String SYSTEM = "system";
    /**
     * Why an activity is not shown back although its source + externalId is already stored: it belongs to
     * a rep outside the caller's scope.
     */
    private static final FieldError STORED_OUTSIDE_SCOPE = new FieldError("externalId",
            "is already stored (with this source) for a rep outside your scope");

    private final ActivityRepository repository;
    private final ActivityReader reader;
    private final References references;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Actors actors;
    private final Access access;
    private final Clock clock = Clock.systemUTC();
    private final DistributionSummary batchSizes;

    public ActivityService(ActivityRepository repository, ActivityReader reader, References references, Outbox outbox,
            CursorCodec cursors, Actors actors, Access access, MeterRegistry registry) {
        this.batchSizes = DistributionSummary.builder("salesplan.activity.batch.size")
                .description("Items per accepted activity batch (docs/operations.md)")
                .serviceLevelObjectives(1, 10, 50, 100, 250, 500, 1000)
                .register(registry);
        this.repository = repository;
        this.reader = reader;
        this.references = references;
        this.outbox = outbox;
        this.cursors = cursors;
        this.actors = actors;
        this.access = access;
    }

    /** The stored activity and whether this call created it (false: same source + externalId seen before). */
    public record Logged(ActivityDto activity, boolean created) {
    }

    public Logged create(NewActivity activity) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        OffsetDateTime now = now();
        List<FieldError> errors = ActivityRules.check(activity, now);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        grant.requireRep("ownerId", activity.ownerId());
        Candidate candidate = new Candidate(0, activity);
        String actor = actors.currentOr(SYSTEM);
        Stored stored = storeIfKnownLocally(candidate, now, actor);
        if (stored == null) {
            resolveReferences(List.of(candidate), false);
            if (!candidate.errors.isEmpty()) {
                throw References.unknown(candidate.errors);
            }
            stored = store(List.of(candidate.row(now, actor)), now, actor);
        }
        if (!stored.created().isEmpty()) {
            return new Logged(stored.created().get(0), true);
        }
        ActivityRepository.Existing existing = stored.existing().get(candidate.key());
        if (existing != null && !grant.coversRep(existing.ownerId())) {
            throw ApiException.forbidden(STORED_OUTSIDE_SCOPE.field() + ": " + STORED_OUTSIDE_SCOPE.message());
        }
        Optional<ActivityDto> found = existing == null ? Optional.empty()
                : repository.findByIdOptional(existing.id()).map(ActivityDto::from);
        return new Logged(found.orElseThrow(() -> ApiException.conflict("The activity with this source and externalId "
                + "was deleted while it was being stored; send it again")), false);
    }

    public BatchResult createBatch(List<JsonNode> items) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        if (items == null || items.isEmpty()) {
            throw ApiException.invalid("items", "must hold at least one activity");
        }
        if (items.size() > MAX_BATCH) {
            throw ApiException.payloadTooLarge("A batch holds at most " + MAX_BATCH + " activities; this one has "
                    + items.size() + ". Split it into smaller batches.");
        }
        batchSizes.record(items.size());
        OffsetDateTime now = now();
        BatchResult.Item[] results = new BatchResult.Item[items.size()];
        List<Candidate> candidates = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ActivityReader.Read read = reader.read(items.get(i));
            List<FieldError> errors = read.activity() == null ? read.errors() : ActivityRules.check(read.activity(), now);
            if (errors.isEmpty() && !grant.coversRep(read.activity().ownerId())) {
                errors = List.of(new FieldError("ownerId", "rep " + read.activity().ownerId() + " is outside your scope"));
            }
            if (errors.isEmpty()) {
                candidates.add(new Candidate(i, read.activity()));
            } else {
                results[i] = invalid(i, errors);
            }
        }
        resolveReferences(candidates, false);

        List<Candidate> valid = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.errors.isEmpty()) {
                valid.add(c);
            } else {
                results[c.index] = invalid(c.index, c.errors);
            }
        }
        Map<Integer, Integer> repeats = IdempotencyKey.repeats(valid.stream().map(Candidate::key).toList());
        String actor = actors.currentOr(SYSTEM);
        List<ActivityDto> rows = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            if (!repeats.containsKey(i)) {
                rows.add(valid.get(i).row(now, actor));
            }
        }
        Stored stored = rows.isEmpty() ? new Stored(List.of(), Map.of()) : store(rows, now, actor);

        Set<UUID> created = new HashSet<>();
        stored.created().forEach(a -> created.add(a.id()));
        Map<Integer, BatchResult.Item> byPosition = new HashMap<>();
        int next = 0;
        for (int i = 0; i < valid.size(); i++) {
            Candidate c = valid.get(i);
            if (repeats.containsKey(i)) {
                continue;
            }
            ActivityDto row = rows.get(next++);
            results[c.index] = created.contains(row.id())
                    ? new BatchResult.Item(c.index, BatchResult.Status.CREATED, row.id(), List.of())
                    : duplicate(c.index, stored.existing().get(c.key()), grant);
            byPosition.put(i, results[c.index]);
        }
        repeats.forEach((position, first) -> {
            int index = valid.get(position).index;
            BatchResult.Item original = byPosition.get(first);
            results[index] = original.status() == BatchResult.Status.INVALID ? invalid(index, original.errors())
                    : new BatchResult.Item(index, BatchResult.Status.DUPLICATE, original.id(), List.of());
        });
        return BatchResult.of(List.of(results));
    }

    /**
     * Verifies the candidate's references against the local copies and stores it, in one transaction.
     *
     * @return null, having written nothing, when a reference is not known locally and its owning
     *         service must be asked (outside any transaction)
     */
    @Transactional
    Stored storeIfKnownLocally(Candidate candidate, OffsetDateTime now, String actor) {
        if (!resolveReferences(List.of(candidate), true)) {
            return null;
        }
        if (!candidate.errors.isEmpty()) {
            throw References.unknown(candidate.errors);
        }
        return store(List.of(candidate.row(now, actor)), now, actor);
    }

    /** The rows inserted now, and the stored activities of the keys that were already there. */
    record Stored(List<ActivityDto> created, Map<IdempotencyKey, ActivityRepository.Existing> existing) {
    }

    @Transactional
    Stored store(List<ActivityDto> rows, OffsetDateTime now, String actor) {
        Set<UUID> inserted = new HashSet<>(repository.insertNew(rows, now, actor));
        List<ActivityDto> created = new ArrayList<>(inserted.size());
        List<IdempotencyKey> clashing = new ArrayList<>();
        for (ActivityDto row : rows) {
            if (inserted.contains(row.id())) {
                created.add(row);
            } else {
                clashing.add(IdempotencyKey.of(row.source(), row.externalId()));
            }
        }
        outbox.publishAll(created.stream()
                .map(a -> new Outbox.Draft(ActivityEvent.LOGGED, a.id().toString(), ActivityEvent.of(a)))
                .toList());
        return new Stored(created, clashing.isEmpty() ? Map.of() : repository.existing(clashing));
    }

    /**
     * Logs the activity that completing a task stands for, in the caller's transaction, in the name of
     * {@code actor} (who completed the task).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ActivityDto logForTask(UUID taskId, ActivityType type, UUID ownerId, UUID opportunityId, UUID accountId,
            OffsetDateTime occurredAt, Integer durationMinutes, String outcome, String notes, String actor) {
        OffsetDateTime now = now();
        ActivityDto row = new ActivityDto(UUID.randomUUID(), type, ownerId, occurredAt.truncatedTo(ChronoUnit.MICROS),
                opportunityId, accountId, taskId, durationMinutes, outcome, notes, null, null, now, actor, actor, 0);
        repository.insertNew(List.of(row), now, actor);
        outbox.publish(ActivityEvent.LOGGED, row.id().toString(), ActivityEvent.of(row));
        return row;
    }

    /** The activity, when it exists and its owner is in the caller's scope. */
    public Optional<ActivityDto> find(UUID id) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        return repository.findByIdOptional(id).filter(a -> grant.coversRep(a.ownerId)).map(ActivityDto::from);
    }

    /** One page of the activities of the owners in the caller's scope; naming an owner outside it is a 403. */
    public Page<ActivityDto> list(ActivityFilter filter, String cursor, int limit) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        if (filter.ownerId() != null) {
            grant.requireRep("ownerId", filter.ownerId());
        }
        Keyset.Position<OffsetDateTime> after = Keyset.after(cursors, filter.queryKey(), cursor, OffsetDateTime::parse);
        List<Activity> rows = repository.page(filter, grant.repIds().orElse(null), after, limit + 1);
        return Keyset.page(cursors, filter.queryKey(), rows, limit,
                a -> new Keyset.Position<>(ActivityDto.utc(a.occurredAt), a.id)).map(ActivityDto::from);
    }

    /** Changes the given fields and publishes the new state; honours If-Match. */
    @Transactional
    public ActivityDto update(UUID id, ActivityPatch patch, String ifMatch) {
        OffsetDateTime now = now();
        if (patch.occurredAt() != null && patch.occurredAt().isAfter(now.plus(ActivityRules.MAX_AHEAD))) {
            throw ApiException.invalid("occurredAt", "must be at most one day in the future");
        }
        Activity activity = inScope(id);
        Versions.checkIfMatch(ifMatch, activity.version);
        boolean changed = false;
        if (patch.type() != null && patch.type() != activity.type) {
            activity.type = patch.type();
            changed = true;
        }
        if (patch.occurredAt() != null && !patch.occurredAt().isEqual(activity.occurredAt)) {
            activity.occurredAt = patch.occurredAt().truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
            changed = true;
        }
        if (patch.durationMinutes() != null && !patch.durationMinutes().equals(activity.durationMinutes)) {
            activity.durationMinutes = patch.durationMinutes();
            changed = true;
        }
        if (patch.outcome() != null && !patch.outcome().equals(activity.outcome)) {
            activity.outcome = patch.outcome();
            changed = true;
        }
        if (patch.notes() != null && !patch.notes().equals(activity.notes)) {
            activity.notes = patch.notes();
            changed = true;
        }
        if (changed) {
            activity.updatedBy = actors.currentOr(SYSTEM);
            repository.flush();
            outbox.publish(ActivityEvent.UPDATED, id.toString(), ActivityEvent.of(ActivityDto.from(activity)));
        }
        return ActivityDto.from(activity);
    }

    /** Deletes the activity and publishes its last state with the version one higher. */
    @Transactional
    public void delete(UUID id, String ifMatch) {
        Activity activity = inScope(id);
        Versions.checkIfMatch(ifMatch, activity.version);
        ActivityDto last = ActivityDto.from(activity);
        ActivityEvent event = ActivityEvent.of(last);
        repository.delete(activity);
        outbox.publish(ActivityEvent.DELETED, id.toString(), new ActivityEvent(event.activityId(), event.type(),
                event.ownerId(), event.occurredAt(), event.opportunityId(), event.accountId(), event.taskId(),
                event.durationMinutes(), event.outcome(), event.source(), event.externalId(), last.version() + 1));
    }

    /**
     * Verifies owners, opportunities and accounts of all candidates with one lookup per kind,
     * fills in the opportunity's account where none was given, and records errors on the candidates.
     *
     * @param localOnly only the local copies are read; the owning services are not asked
     * @return false, having recorded nothing, when {@code localOnly} and a reference is not known locally
     */
    private boolean resolveReferences(List<Candidate> candidates, boolean localOnly) {
        if (candidates.isEmpty()) {
            return true;
        }
        Set<UUID> owners = new HashSet<>();
        Set<UUID> opportunityIds = new HashSet<>();
        Set<UUID> accountIds = new HashSet<>();
        for (Candidate c : candidates) {
            owners.add(c.activity.ownerId());
            if (c.activity.opportunityId() != null) {
                opportunityIds.add(c.activity.opportunityId());
            } else if (c.activity.accountId() != null) {
                accountIds.add(c.activity.accountId());
            }
        }
        Set<UUID> knownOwners = localOnly ? references.knownReps(owners) : references.existingReps(owners);
        Map<UUID, OpportunityLink> opportunities = localOnly ? references.knownOpportunities(opportunityIds)
                : references.opportunities(opportunityIds);
        Set<UUID> knownAccounts = localOnly ? references.knownAccounts(accountIds)
                : references.existingAccounts(accountIds);
        if (localOnly && !(knownOwners.containsAll(owners) && opportunities.keySet().containsAll(opportunityIds)
                && knownAccounts.containsAll(accountIds))) {
            return false;
        }
        for (Candidate c : candidates) {
            NewActivity a = c.activity;
            if (!knownOwners.contains(a.ownerId())) {
                c.errors.add(new FieldError("ownerId", "no rep " + a.ownerId() + " exists"));
            }
            if (a.opportunityId() != null) {
                OpportunityLink link = opportunities.get(a.opportunityId());
                if (link == null) {
                    c.errors.add(new FieldError("opportunityId", "no opportunity " + a.opportunityId() + " exists"));
                } else if (a.accountId() == null) {
                    c.accountId = link.accountId();
                } else if (!Objects.equals(a.accountId(), link.accountId())) {
                    c.errors.add(new FieldError("accountId", References.mismatch(a.accountId(), link)));
                }
            } else if (a.accountId() != null && !knownAccounts.contains(a.accountId())) {
                c.errors.add(new FieldError("accountId", "no account " + a.accountId() + " exists"));
            }
        }
        return true;
    }

    /** An item already stored: a DUPLICATE naming it, or INVALID when it belongs to a rep outside the caller's scope. */
    private static BatchResult.Item duplicate(int index, ActivityRepository.Existing existing, Grant grant) {
        if (existing != null && !grant.coversRep(existing.ownerId())) {
            return invalid(index, List.of(STORED_OUTSIDE_SCOPE));
        }
        return new BatchResult.Item(index, BatchResult.Status.DUPLICATE, existing == null ? null : existing.id(),
                List.of());
    }

    /** The activity, when it exists and its owner is in the caller's scope; else a 404, which reveals nothing. */
    private Activity inScope(UUID id) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        return repository.findByIdOptional(id).filter(a -> grant.coversRep(a.ownerId))
                .orElseThrow(() -> ApiException.notFound("Activity", id));
    }

    private static BatchResult.Item invalid(int index, List<FieldError> errors) {
        return new BatchResult.Item(index, BatchResult.Status.INVALID, null, errors);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    /** One item on its way in: the request, the account resolved for it, and what is wrong with it. */
    static final class Candidate {
        final int index;
        final NewActivity activity;
        final List<FieldError> errors = new ArrayList<>(0);
        UUID accountId;

        Candidate(int index, NewActivity activity) {
            this.index = index;
            this.activity = activity;
            this.accountId = activity.accountId();
        }

        IdempotencyKey key() {
            return IdempotencyKey.of(activity.source(), activity.externalId());
        }

        ActivityDto row(OffsetDateTime now, String actor) {
            OffsetDateTime occurredAt = activity.occurredAt() == null ? now
                    : activity.occurredAt().truncatedTo(ChronoUnit.MICROS).withOffsetSameInstant(ZoneOffset.UTC);
            return new ActivityDto(UUID.randomUUID(), activity.type(), activity.ownerId(), occurredAt,
                    activity.opportunityId(), accountId, null, activity.durationMinutes(), activity.outcome(),
                    activity.notes(), activity.source(), activity.externalId(), now, actor, actor, 0);
        }
    }
}
