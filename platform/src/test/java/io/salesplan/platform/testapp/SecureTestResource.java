package io.salesplan.platform.testapp;

import io.salesplan.platform.security.Access;
import io.salesplan.platform.security.Grant;
import io.salesplan.platform.security.Permission;
import io.salesplan.platform.security.Reach;
import io.salesplan.platform.security.Reaches;
import io.salesplan.platform.security.Role;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.TreeSet;
import java.util.UUID;

/** An API operation behind the platform's security, with a small role matrix of its own. */
@Path("/api/test")
public class SecureTestResource {

    enum Operation implements Permission {
        //            admin         manager       rep           integration
        READ_DEALS(   Reach.ALL,    Reach.SCOPE,  Reach.SELF,   Reach.ALL),
        SEE_BOARD(    Reach.ALL,    Reach.SCOPE,  Reach.OWN_TEAM, Reach.NONE),
        CHANGE_ORG(   Reach.ALL,    Reach.NONE,   Reach.NONE,   Reach.NONE);

        private final Reaches reaches;

        Operation(Reach admin, Reach manager, Reach rep, Reach integration) {
            this.reaches = new Reaches(admin, manager, rep, integration);
        }

        @Override
        public Reach reach(Role role) {
            return reaches.of(role);
        }

        @Override
        public String action() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    public record Answer(String subject, String reach, Object reps, Object teams, boolean coversRep) {
    }

    private final Access access;

    public SecureTestResource(Access access) {
        this.access = access;
    }

    @GET
    @Path("/{operation}")
    @org.eclipse.microprofile.openapi.annotations.Operation(operationId = "checkTestGrant", summary = "The caller's grant",
            description = "What the caller may reach for one row of the test matrix.")
    public Answer check(@PathParam("operation") String operation, @QueryParam("repId") UUID repId) {
        Grant grant = access.grant(Operation.valueOf(operation));
        return new Answer(access.caller().subject(), grant.reach().name(),
                grant.repIds().map(TreeSet::new).orElse(null), grant.teamIds().map(TreeSet::new).orElse(null),
                repId != null && grant.coversRep(repId));
    }
}
