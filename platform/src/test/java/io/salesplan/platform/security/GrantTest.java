package io.salesplan.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GrantTest {

    private final UUID me = UUID.randomUUID();
    private final UUID myTeam = UUID.randomUUID();
    private final UUID subTeam = UUID.randomUUID();
    private final UUID member = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final Scope scope = new Scope(me, List.of(myTeam), Set.of(myTeam, subTeam), Set.of(member));

    @Test
    void aScopeGrantCoversTheManagedTeamsTheirRepsAndTheManager() {
        Grant grant = new Grant(Reach.SCOPE, scope);
        assertThat(grant.coversRep(member)).isTrue();
        assertThat(grant.coversRep(me)).isTrue();
        assertThat(grant.coversRep(stranger)).isFalse();
        assertThat(grant.coversTeam(subTeam)).isTrue();
        assertThat(grant.coversOwner("COMPANY", null)).isFalse();
        assertThat(grant.repIds()).contains(Set.of(me, member));
        assertThat(grant.teamIds()).contains(Set.of(myTeam, subTeam));
    }

    @Test
    void aSelfGrantCoversOnlyTheCallerAndNoTeam() {
        Grant grant = new Grant(Reach.SELF, scope);
        assertThat(grant.coversRep(me)).isTrue();
        assertThat(grant.coversRep(member)).isFalse();
        assertThat(grant.coversTeam(myTeam)).isFalse();
        assertThat(grant.repIds()).contains(Set.of(me));
        assertThat(grant.teamIds()).contains(Set.of());
    }

    @Test
    void anOwnTeamGrantAddsTheCallersTeamOnly() {
        Grant grant = new Grant(Reach.OWN_TEAM, scope);
        assertThat(grant.coversTeam(myTeam)).isTrue();
        assertThat(grant.coversTeam(subTeam)).isFalse();
    }

    @Test
    void everythingIsCoveredByAnAllGrantAndNothingIsFiltered() {
        Grant grant = Grant.everything();
        assertThat(grant.coversOwner("COMPANY", null)).isTrue();
        assertThat(grant.coversRep(stranger)).isTrue();
        assertThat(grant.repIds()).isEmpty();
        assertThat(grant.teamIds()).isEmpty();
    }

    @Test
    void namingAnOwnerOutsideTheScopeIsA403ThatNamesTheField() {
        Grant grant = new Grant(Reach.SCOPE, scope);
        assertThatThrownBy(() -> grant.requireOwner("ownerId", "REP", stranger))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403))
                .hasMessageContaining("ownerId").hasMessageContaining(stranger.toString());
        assertThatThrownBy(() -> grant.requireOwner("ownerType", "COMPANY", null)).hasMessageContaining("the company");
    }

    @Test
    void theWidestReachOfSeveralRolesWins() {
        Caller caller = new Caller("s", "e", Set.of(Role.REP, Role.MANAGER));
        Permission deals = new Permission() {
            @Override
            public Reach reach(Role role) {
                return role == Role.MANAGER ? Reach.SCOPE : Reach.SELF;
            }

            @Override
            public String action() {
                return "read deals";
            }
        };
        assertThat(caller.reach(deals)).isEqualTo(Reach.SCOPE);
        assertThat(Role.fromClaim(" Admin ")).contains(Role.ADMIN);
        assertThat(Role.fromClaim("superuser")).isEmpty();
    }
}
