package io.salesplan.activity.reference;

import io.salesplan.activity.reference.ReferenceEvents.RepChanged;
import io.salesplan.platform.event.EventCodec;
import io.salesplan.platform.event.EventEnvelope;
import io.salesplan.platform.event.MalformedEventException;
import io.salesplan.platform.inbox.EventHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Keeps the local copy of the sales organisation's reps from goals-service's events. */
@ApplicationScoped
public class OrganisationEventHandler implements EventHandler {

    static final String REP_CREATED = "salesplan.rep.created.v1";
    static final String REP_UPDATED = "salesplan.rep.updated.v1";

    private final EventCodec codec;
    private final ReferenceRepository repository;

    public OrganisationEventHandler(EventCodec codec, ReferenceRepository repository) {
        this.codec = codec;
        this.repository = repository;
    }

    @Override
    public Set<String> topics() {
        return Set.of("salesplan.goals");
    }

    @Override
    public void handle(EventEnvelope event) {
        if (!REP_CREATED.equals(event.type()) && !REP_UPDATED.equals(event.type())) {
            return;
        }
        RepChanged rep = codec.data(event, RepChanged.class);
        if (rep.repId() == null || rep.version() == null) {
            throw new MalformedEventException(event.type() + " " + event.id() + " has no repId or version");
        }
        repository.saveRep(rep.repId(), rep.name(), rep.teamId(), rep.active() == null || rep.active(), rep.version());
    }
}
