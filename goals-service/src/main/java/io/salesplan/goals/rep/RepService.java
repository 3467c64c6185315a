package io.salesplan.goals.rep;

import io.salesplan.goals.access.Operation;
import io.salesplan.goals.team.TeamRepository;
import io.salesplan.platform.outbox.Outbox;
import io.salesplan.platform.page.CursorCodec;
import io.salesplan.platform.page.Keyset;
import io.salesplan.platform.page.Page;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.web.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RepService {

    private final RepRepository reps;
    private final TeamRepository teams;
    private final Outbox outbox;
    private final CursorCodec cursors;
    private final Access access;

    public RepService(RepRepository reps, TeamRepository teams, Outbox outbox, CursorCodec cursors, Access access) {
        this.reps = reps;
        this.teams = teams;
        this.outbox = outbox;
        this.cursors = cursors;
        this.access = access;
    }

    @Transactional
    public RepResponse create(CreateRepRequest request) {
        access.grant(Operation.CHANGE_ORG);
        requireTeam(request.teamId());
        String email = request.email().trim();
        requireUniqueEmail(email, null);
        Rep rep = new Rep(request.name().trim(), email, request.teamId(),
                request.active() == null || request.active());
        reps.persist(rep);
        reps.flush();
        outbox.publish(RepChangedV1.CREATED, rep.id.toString(), RepChangedV1.of(rep));
        return RepResponse.from(rep);
    }

    @Transactional
    public Optional<RepResponse> find(UUID id) {
        access.grant(Operation.READ_ORG);
        return reps.findByIdOptional(id).map(RepResponse::from);
    }

    @Transactional
    public Page<RepResponse> list(UUID teamId, Boolean active, String email, String cursor, int limit) {
        access.grant(Operation.READ_ORG);
        String query = "reps|team=" + teamId + "|active=" + active + "|email=" + email;
        Keyset.Position<Instant> after = Keyset.after(cursors, query, cursor, Instant::parse);
        List<Rep> rows = reps.list(teamId, active, email, after, limit + 1);
        return Keyset.page(cursors, query, rows, limit, Rep::position).map(RepResponse::from);
    }

    @Transactional
    public RepResponse update(UUID id, UpdateRepRequest changes, String ifMatch) {
        access.grant(Operation.CHANGE_ORG);
        Rep rep = reps.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Rep", id));
        Versions.checkIfMatch(ifMatch, rep.version);
        long before = rep.version;
        if (changes.name() != null) {
            rep.name = changes.name().trim();
        }
        if (changes.email() != null) {
            String email = changes.email().trim();
            requireUniqueEmail(email, rep.id);
            rep.email = email;
        }
        if (changes.teamId() != null) {
            requireTeam(changes.teamId());
            rep.teamId = changes.teamId();
        }
        if (changes.active() != null) {
            rep.active = changes.active();
        }
        reps.flush();
        if (rep.version != before) {
            outbox.publish(RepChangedV1.UPDATED, rep.id.toString(), RepChangedV1.of(rep));
        }
        return RepResponse.from(rep);
    }

    private void requireTeam(UUID teamId) {
        if (teams.findByIdOptional(teamId).isEmpty()) {
            throw ApiException.unknownReference("teamId", "team " + teamId + " does not exist");
        }
    }

    private void requireUniqueEmail(String email, UUID self) {
        reps.findByEmail(email).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ApiException.conflict("a rep with e-mail " + email + " already exists (" + other.id + ")");
        });
    }
}
