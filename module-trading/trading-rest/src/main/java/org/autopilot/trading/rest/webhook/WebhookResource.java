package org.autopilot.trading.rest.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.autopilot.trading.application.intake.IntakeAnswer;
import org.autopilot.trading.application.intake.SignalIntake;
import org.autopilot.trading.application.intake.WebhookPayloadParser;
import org.autopilot.trading.application.intake.WebhookRequest;

/**
 * Receives signals. Any content type is read as JSON (TradingView sends text/plain); at most 64 KiB are read, a
 * longer body is refused without reading the rest.
 */
@RequestScoped
@Path("{uuid}/{password}")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    SignalIntake intake;

    @Context
    HttpServletRequest http;

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response receive(@PathParam("uuid") String uuid, @PathParam("password") String password,
                            @HeaderParam("Idempotency-Key") String idempotencyKey,
                            @HeaderParam("webhook-id") String webhookId,
                            @HeaderParam("webhook-timestamp") String webhookTimestamp,
                            @HeaderParam("webhook-signature") String webhookSignature,
                            InputStream body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(WebhookPayloadParser.MAX_BYTES + 1);
        String key = idempotencyKey != null && !idempotencyKey.isBlank() ? idempotencyKey : webhookId;
        if (key != null && key.length() > 200) {
            key = key.substring(0, 200);
        }
        IntakeAnswer answer = intake.accept(new WebhookRequest(uuid, password, bytes, key, webhookId, webhookTimestamp,
                webhookSignature, http.getRemoteAddr()));
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body().toString());
        if (answer.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.build();
    }

    @GET
    public Response get() {
        return postRequired();
    }

    @PUT
    public Response put() {
        return postRequired();
    }

    @DELETE
    public Response delete() {
        return postRequired();
    }

    private static Response postRequired() {
        return Response.status(400).entity(Json.createObjectBuilder().add("success", false)
                .add("messageCode", "post-required").add("message", "send signals with HTTP POST").build().toString())
                .build();
    }
}
