package io.salesplan.activity.reference;

import com.fasterxml.jackson.databind.JsonNode;
import io.salesplan.activity.ActivityConfig;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem.FieldError;
import io.salesplan.platform.remote.RemoteJson;
import io.salesplan.platform.remote.RemoteLookup;
import io.salesplan.platform.remote.RemoteRep;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies references to reps, opportunities and accounts. The local copies (fed by events) answer
 * first, in one query per kind; only ids not known locally yet are asked of the owning service,
 * and whatever it confirms is remembered. When the owning service cannot be reached the lookup
 * fails with a 503 (Retry-After) instead of letting unverified references in.
 */
@ApplicationScoped
public class References {

    private static final String PIPELINE = "pipeline-service";

    private final ReferenceRepository repository;
    private final RemoteLookup remote;
    private final ActivityConfig config;

    public References(ReferenceRepository repository, RemoteLookup remote, ActivityConfig config) {
        this.repository = repository;
        this.remote = remote;
        this.config = config;
    }

    /** The reps among {@code ids} that exist. */
    public Set<UUID> existingReps(Collection<UUID> ids) {
        Set<UUID> found = repository.existingReps(ids);
        for (UUID id : missing(ids, found)) {
            RemoteRep.find(remote, config.goalsUrl(), id).ifPresent(rep -> {
                repository.saveRep(id, rep.name(), rep.email(), rep.teamId(), rep.active(), rep.version());
                found.add(id);
            });
        }
        return found;
    }

    public boolean repExists(UUID id) {
        return existingReps(Set.of(id)).contains(id);
    }

    /** The opportunities among {@code ids} that exist, with their account and owner. */
    public Map<UUID, OpportunityLink> opportunities(Collection<UUID> ids) {
        Map<UUID, OpportunityLink> found = repository.opportunities(ids);
        for (UUID id : missing(ids, found.keySet())) {
            Optional<JsonNode> opportunity = remote.find(PIPELINE, config.pipelineUrl(), "/api/v1/opportunities/" + id);
            opportunity.ifPresent(json -> {
                OpportunityLink link = new OpportunityLink(id, RemoteJson.uuid(json, "accountId"), RemoteJson.uuid(json, "ownerId"));
                repository.saveOpportunity(id, link.accountId(), link.ownerId(), RemoteJson.version(json));
                found.put(id, link);
            });
        }
        return found;
    }

    /** The accounts among {@code ids} that exist. */
    public Set<UUID> existingAccounts(Collection<UUID> ids) {
        Set<UUID> found = repository.existingAccounts(ids);
        for (UUID id : missing(ids, found)) {
            Optional<JsonNode> account = remote.find(PIPELINE, config.pipelineUrl(), "/api/v1/accounts/" + id);
            account.ifPresent(json -> {
                repository.saveAccount(id, RemoteJson.text(json, "name"), RemoteJson.version(json));
                found.add(id);
            });
        }
        return found;
    }

    /** The account a single item links to (filled in from its opportunity) and what is wrong with its references. */
    public record Links(UUID accountId, List<FieldError> errors) {
    }

    /**
     * Verifies one item's owner, opportunity and account: each must exist, the account defaults to
     * the opportunity's, and a given account must be the opportunity's.
     */
    public Links check(UUID ownerId, UUID opportunityId, UUID accountId) {
        List<FieldError> errors = new ArrayList<>();
        UUID account = accountId;
        if (!repExists(ownerId)) {
            errors.add(new FieldError("ownerId", "no rep " + ownerId + " exists"));
        }
        if (opportunityId != null) {
            OpportunityLink link = opportunities(Set.of(opportunityId)).get(opportunityId);
            if (link == null) {
                errors.add(new FieldError("opportunityId", "no opportunity " + opportunityId + " exists"));
            } else if (accountId == null) {
                account = link.accountId();
            } else if (!accountId.equals(link.accountId())) {
                errors.add(new FieldError("accountId", mismatch(accountId, link)));
            }
        } else if (accountId != null && existingAccounts(Set.of(accountId)).isEmpty()) {
            errors.add(new FieldError("accountId", "no account " + accountId + " exists"));
        }
        return new Links(account, errors);
    }

    public static String mismatch(UUID accountId, OpportunityLink link) {
        return "account " + accountId + " is not the account of opportunity " + link.opportunityId() + " ("
                + link.accountId() + ")";
    }

    /** A 422 naming every unknown reference. */
    public static ApiException unknown(List<FieldError> errors) {
        if (errors.size() == 1) {
            return ApiException.unknownReference(errors.get(0).field(), errors.get(0).message());
        }
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((x, y) -> x + "; " + y).orElse("");
        return new ApiException(422, "unknown-reference", "Unknown reference", detail, errors, null);
    }

    private static Set<UUID> missing(Collection<UUID> wanted, Set<UUID> found) {
        Set<UUID> missing = new HashSet<>(wanted);
        missing.removeAll(found);
        return missing;
    }
}
