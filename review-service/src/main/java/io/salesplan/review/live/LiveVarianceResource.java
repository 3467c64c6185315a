package io.salesplan.review.live;

import io.salesplan.platform.period.SalesPeriod;
import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import io.salesplan.review.access.OwnerAccess;
import io.salesplan.review.scope.OwnerScope;
import io.vertx.core.http.HttpServerResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/stream")
@Tag(name = "Goal variance", description = "Target against actual, pace and status of goals, from the event-fed read model")
public class LiveVarianceResource {

    private final LiveVariance live;

    public LiveVarianceResource(LiveVariance live) {
        this.live = live;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamVariance", summary = "Follow an owner's variance live (Server-Sent Events)",
            description = "The rows of GET /api/v1/reviews/variance for the same ownerType, ownerId and period, "
            + "computed for today, as a text/event-stream: an event named `variance` whose data is "
            + "{\"items\": [GoalVariance, …]} and whose id identifies those rows (the same rows, the same id). The "
            + "current rows come at once, also to a client that reconnects with Last-Event-ID; after that an event "
            + "comes whenever applied events change the rows (or the day turns), at most once a second; in "
            + "between, a comment line (`:heartbeat`) every 15 s keeps proxies from closing the connection. The "
            + "stream ends when the caller's token expires (reconnect with a fresh one) and when the instance "
            + "shuts down (reconnect; any instance serves it). Send the token as Authorization: Bearer — a "
            + "browser's EventSource cannot, so read the stream with fetch() and a reader of the body (the "
            + "cockpit's live.js does), and ask with Accept: text/event-stream (no Accept or */* is taken as that; "
            + "Accept: application/json gets 406 after the checks of token, parameters and scope). Each instance serves a limited number of streams; beyond it the answer is "
            + "503 with Retry-After. Owners as for the variance report." + OwnerAccess.REPORT_OWNERS)
    @Parameter(name = "Last-Event-ID", in = ParameterIn.HEADER, description = "The id of the last event a "
            + "reconnecting client saw; the current rows are sent whatever it is",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING,
                    description = "event: variance / id: <rows id> / data: {\"items\": [GoalVariance, …]}, and "
                            + ":heartbeat comments")))
    @APIResponse(responseCode = "400", description = "Unknown ownerType, missing or malformed ownerId, bad period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "406", description = "The client asked for application/json: this resource answers "
            + "text/event-stream only",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "This instance serves its limit of streams, or is shutting "
            + "down; retry after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "Seconds to wait",
                    schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void stream(
            @Parameter(description = "COMPANY (default), TEAM or REP",
                    schema = @Schema(enumeration = {"COMPANY", "TEAM", "REP"}))
            @QueryParam("ownerType") String ownerType,
            @Parameter(description = "The team or rep; empty for the company",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("ownerId") String ownerId,
            @Parameter(description = "2026, 2026-Q1, 2026-03 or 2026-W10; default the goals whose period holds today",
                    example = "2026-Q1") @QueryParam("period") String period,
            @Context SseEventSink sink, @Context Sse sse, @Context HttpServerResponse response) {
        OwnerScope owner = OwnerScope.parse(ownerType, ownerId);
        SalesPeriod salesPeriod = period(period);
        // nothing in between may hold events back: no caching, and no buffering in nginx-style proxies
        response.putHeader("Cache-Control", "no-cache");
        response.putHeader("X-Accel-Buffering", "no");
        live.open(owner, salesPeriod, sink, sse);
    }

    /**
     * A caller that does not accept text/event-stream (e.g. Accept: application/json) gets what every
     * operation answers first — 401 without a valid token, 400 for bad parameters, 403 outside their
     * scope — and then a 406 naming the media type to ask for.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public void notAStreamClient(@QueryParam("ownerType") String ownerType, @QueryParam("ownerId") String ownerId,
            @QueryParam("period") String period) {
        OwnerScope owner = OwnerScope.parse(ownerType, ownerId);
        period(period);
        live.authorize(owner);
        throw new ApiException(406, "not-acceptable", "Not Acceptable",
                "This resource answers text/event-stream only; send Accept: text/event-stream", null, null);
    }

    private static SalesPeriod period(String period) {
        return period == null || period.isBlank() ? null : SalesPeriod.tryParse(period.trim())
                .orElseThrow(() -> ApiException.invalid("period", "must be " + SalesPeriod.FORMAT_HINT));
    }
}
