package io.salesplan.goals.me;

import io.salesplan.goals.rep.RepRepository;
import io.salesplan.goals.team.TeamRepository;
import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Caller;
import io.salesplan.platform.security.Role;
import io.salesplan.platform.security.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class MeService {

    private final Access access;
    private final TeamRepository teams;
    private final RepRepository reps;

    public MeService(Access access, TeamRepository teams, RepRepository reps) {
        this.access = access;
        this.teams = teams;
        this.reps = reps;
    }

    /** The caller and their scope; answered to everyone with a valid token, known rep or not. */
    @Transactional
    public MeView me() {
        Caller caller = access.caller();
        Optional<Scope> scope = access.scope();
        List<String> roles = caller.roles().stream().map(Role::claimValue).sorted().toList();
        MeView.Scope seen;
        if (caller.actsForOrganisation()) {
            seen = new MeView.Scope(teams.allIds(), reps.allIds());
        } else if (scope.isPresent() && caller.has(Role.MANAGER)) {
            Scope own = scope.get();
            seen = new MeView.Scope(sorted(own.managedTeamIds().stream()),
                    sorted(Stream.concat(own.managedRepIds().stream(), Stream.of(own.repId()))));
        } else if (scope.isPresent() && caller.has(Role.REP)) {
            seen = new MeView.Scope(List.of(), List.of(scope.get().repId()));
        } else {
            seen = new MeView.Scope(List.of(), List.of());
        }
        return new MeView(caller.subject(), caller.email(), roles, scope.map(Scope::repId).orElse(null), seen);
    }

    private static List<UUID> sorted(Stream<UUID> ids) {
        return List.copyOf(ids.collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }
}
