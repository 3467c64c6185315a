package io.salesplan.activity.activity;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.salesplan.activity.access.Operation;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Actors;
import io.salesplan.platform.security.Grant;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Logs a batch of activities ({@code POST /api/v1/activities/batch}): checks each item, verifies
 * the references of all items in bulk (one query per kind of reference, the owning service only for
 * ids not known locally yet, before any transaction starts), then stores all new rows in one
 * statement and their events in one outbox statement, in one transaction. An item whose owner is
 * outside the caller's grant for {@link Operation#ACTIVITIES} is INVALID, and so is one already
 * stored under the same source + externalId for such an owner.
 */
@ApplicationScoped
public class BatchIngestion {

    public static final int MAX_BATCH = 1000;

    private final ActivityStore store;
    private final ActivityReader reader;
    private final CandidateReferences references;
    private final Actors actors;
    private final Access access;
    private final Clock clock = Clock.systemUTC();
    private final DistributionSummary batchSizes;

    public BatchIngestion(ActivityStore store, ActivityReader reader, CandidateReferences references, Actors actors,
            Access access, MeterRegistry registry) {
        this.batchSizes = DistributionSummary.builder("salesplan.activity.batch.size")
                .description("Items per accepted activity batch (docs/operations.md)")
                .serviceLevelObjectives(1, 10, 50, 100, 250, 500, 1000)
                .register(registry);
        this.store = store;
        this.reader = reader;
        this.references = references;
        this.actors = actors;
        this.access = access;
    }

    public BatchResponse createBatch(List<JsonNode> items) {
        Grant grant = access.grant(Operation.ACTIVITIES);
        if (items == null || items.isEmpty()) {
            throw ApiException.invalid("items", "must hold at least one activity");
        }
        if (items.size() > MAX_BATCH) {
            throw ApiException.payloadTooLarge("A batch holds at most " + MAX_BATCH + " activities; this one has "
                    + items.size() + ". Split it into smaller batches.");
        }
        batchSizes.record(items.size());
        OffsetDateTime now = ActivityStore.now(clock);
        BatchResponse.Item[] results = new BatchResponse.Item[items.size()];
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
        references.resolve(candidates, false);

        List<Candidate> valid = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            if (c.errors.isEmpty()) {
                valid.add(c);
            } else {
                results[c.index] = invalid(c.index, c.errors);
            }
        }
        Map<Integer, Integer> repeats = IdempotencyKey.repeats(valid.stream().map(Candidate::key).toList());
        String actor = actors.currentOr(ActivityStore.SYSTEM);
        List<ActivityRow> rows = new ArrayList<>(valid.size());
        for (int i = 0; i < valid.size(); i++) {
            if (!repeats.containsKey(i)) {
                rows.add(valid.get(i).row(now));
            }
        }
        ActivityStore.Stored stored = rows.isEmpty() ? new ActivityStore.Stored(List.of(), Map.of())
                : store.store(rows, now, actor);

        Set<UUID> created = new HashSet<>();
        stored.created().forEach(a -> created.add(a.id()));
        Map<Integer, BatchResponse.Item> byPosition = new HashMap<>();
        int next = 0;
        for (int i = 0; i < valid.size(); i++) {
            Candidate c = valid.get(i);
            if (repeats.containsKey(i)) {
                continue;
            }
            ActivityRow row = rows.get(next++);
            results[c.index] = created.contains(row.id())
                    ? new BatchResponse.Item(c.index, BatchResponse.Status.CREATED, row.id(), List.of())
                    : duplicate(c.index, stored.existing().get(c.key()), grant);
            byPosition.put(i, results[c.index]);
        }
        repeats.forEach((position, first) -> {
            int index = valid.get(position).index;
            BatchResponse.Item original = byPosition.get(first);
            results[index] = original.status() == BatchResponse.Status.INVALID ? invalid(index, original.errors())
                    : new BatchResponse.Item(index, BatchResponse.Status.DUPLICATE, original.id(), List.of());
        });
        return BatchResponse.of(List.of(results));
    }

    /** An item already stored: a DUPLICATE naming it, or INVALID when it belongs to a rep outside the caller's scope. */
    private static BatchResponse.Item duplicate(int index, ActivityRepository.Existing existing, Grant grant) {
        if (existing != null && !grant.coversRep(existing.ownerId())) {
            return invalid(index, List.of(ActivityStore.STORED_OUTSIDE_SCOPE));
        }
        return new BatchResponse.Item(index, BatchResponse.Status.DUPLICATE, existing == null ? null : existing.id(),
                List.of());
    }

    private static BatchResponse.Item invalid(int index, List<FieldError> errors) {
        return new BatchResponse.Item(index, BatchResponse.Status.INVALID, null, errors);
    }
}
