package io.salesplan.activity.reference;

import io.salesplan.activity.reference.ReferenceEvents.AccountChanged;
import io.salesplan.activity.reference.ReferenceEvents.OpportunityChanged;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Keeps the local copy of accounts and of each opportunity's account and owner from pipeline-service's events. */
@ApplicationScoped
public class PipelineHandler implements EventHandler {

    private static final Set<String> OPPORTUNITY_TYPES = Set.of("salesplan.opportunity.created.v1",
            "salesplan.opportunity.updated.v1", "salesplan.opportunity.stage-changed.v1");
    private static final Set<String> ACCOUNT_TYPES = Set.of("salesplan.account.created.v1",
            "salesplan.account.updated.v1");

    private final EventCodec codec;
    private final ReferenceRepository repository;

    public PipelineHandler(EventCodec codec, ReferenceRepository repository) {
        this.codec = codec;
        this.repository = repository;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.pipeline");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (OPPORTUNITY_TYPES.contains(event.type())) {
            OpportunityChanged opportunity = codec.data(event, OpportunityChanged.class);
            if (opportunity.opportunityId() == null || opportunity.version() == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has no opportunityId or version");
            }
            repository.saveOpportunity(opportunity.opportunityId(), opportunity.accountId(), opportunity.ownerId(),
                    opportunity.version());
        } else if (ACCOUNT_TYPES.contains(event.type())) {
            AccountChanged account = codec.data(event, AccountChanged.class);
            if (account.accountId() == null || account.version() == null) {
                throw new MalformedEventException(event.type() + " " + event.id() + " has no accountId or version");
            }
            repository.saveAccount(account.accountId(), account.name(), account.version());
        }
    }
}
