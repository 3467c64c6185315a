package io.salesplan.platform.testapp;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** An API operation that writes state and its event, as a service's would. */
@Path("/api/test/orders")
public class OrderResource {

    private final OrderService orders;

    public OrderResource(OrderService orders) {
        this.orders = orders;
    }

    @POST
    @Path("/{aggregateId}")
    @Operation(operationId = "placeTestOrder", summary = "Places an order (tracing tests)")
    @APIResponse(responseCode = "204", description = "Placed, and its event written to the outbox.")
    public void place(@PathParam("aggregateId") UUID aggregateId) {
        orders.place(aggregateId, "api-" + aggregateId, 1);
    }
}
