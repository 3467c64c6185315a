package io.salesplan.web.signin;

import io.salesplan.web.config.Problems;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The local stand-in for the identity provider: signs a token for whoever is picked on the "sign in
 * as" page with the local run's key. Exists only when {@code salesplan.web.local-signing-key} is set;
 * otherwise every path here is a 404, as if it were not there.
 */
@Path("/local-sign-in")
@Produces(MediaType.APPLICATION_JSON)
public class LocalSignInResource {

    private static final Set<String> ROLES = Set.of("admin", "manager", "rep");
    private static final long LIFETIME_SECONDS = Duration.ofHours(12).toSeconds();

    private final LocalSigner signer;
    private final People people;

    public LocalSignInResource(LocalSigner signer, People people) {
        this.signer = signer;
        this.people = people;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response signIn(SignInRequest request) {
        if (!signer.enabled()) {
            return notHere();
        }
        String role = request == null || request.role() == null ? "" : request.role().toLowerCase(Locale.ROOT);
        if (!ROLES.contains(role)) {
            return Problems.of(400, "Bad Request", "role must be admin, manager or rep");
        }
        String email = request.email() == null || request.email().isBlank() ? null : request.email().trim();
        if (!role.equals("admin") && email == null) {
            return Problems.of(400, "Bad Request", "a " + role + " signs in with the e-mail of their rep record");
        }
        return Response.ok(new TokenResponse(signer.sign(role, role.equals("admin") ? null : email), "Bearer",
                LIFETIME_SECONDS)).build();
    }

    @GET
    @Path("people")
    public Response people() {
        if (!signer.enabled()) {
            return notHere();
        }
        try {
            return Response.ok(new PeopleResponse(people.list())).build();
        } catch (People.PeopleUnavailable e) {
            return Problems.of(502, "Bad Gateway", e.getMessage());
        }
    }

    private static Response notHere() {
        return Problems.of(404, "Not Found", "Local sign-in is off: it exists only where the local signing key is configured.");
    }
}
