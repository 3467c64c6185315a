package io.salesplan.platform.web;

import io.netty.buffer.ByteBufInputStream;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Hands the body {@link RequestLimits} read on the event loop to RESTEasy Reactive as the request's
 * entity. A blocking endpoint would find it in the routing context by itself; a non-blocking one
 * reads its body from the connection and, finding the request already complete, would see none.
 */
public class BufferedBody {

    @ServerRequestFilter(preMatching = true)
    public void useBufferedBody(ContainerRequestContext request, RoutingContext routing) {
        Buffer body = routing.body().buffer();
        if (body != null) {
            request.setEntityStream(new ByteBufInputStream(body.getByteBuf()));
        }
    }
}
