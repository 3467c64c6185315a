package io.salesplan.activity.activity;

import io.salesplan.activity.reference.OpportunityLink;
import io.salesplan.activity.reference.ReferenceRepository;
import io.salesplan.activity.reference.References;
import io.salesplan.platform.problem.Problem.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies the references of activities on their way in, for a whole batch at once: one lookup per
 * kind of reference (reps, opportunities, accounts), the owning service only for ids not known
 * locally yet.
 */
@ApplicationScoped
class CandidateReferences {

    private final References references;
    private final ReferenceRepository localCopies;

    CandidateReferences(References references, ReferenceRepository localCopies) {
        this.references = references;
        this.localCopies = localCopies;
    }

    /**
     * Verifies owners, opportunities and accounts of all candidates with one lookup per kind,
     * fills in the opportunity's account where none was given, and records errors on the candidates.
     *
     * @param localOnly only the local copies are read; the owning services are not asked
     * @return false, having recorded nothing, when {@code localOnly} and a reference is not known locally
     */
    boolean resolve(List<Candidate> candidates, boolean localOnly) {
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
        Set<UUID> knownOwners = localOnly ? localCopies.existingReps(owners) : references.existingReps(owners);
        Map<UUID, OpportunityLink> opportunities = localOnly ? localCopies.opportunities(opportunityIds)
                : references.opportunities(opportunityIds);
        Set<UUID> knownAccounts = localOnly ? localCopies.existingAccounts(accountIds)
                : references.existingAccounts(accountIds);
        if (localOnly && !(knownOwners.containsAll(owners) && opportunities.keySet().containsAll(opportunityIds)
                && knownAccounts.containsAll(accountIds))) {
            return false;
        }
        for (Candidate c : candidates) {
            LogActivityRequest a = c.activity;
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
}
