package org.autopilot.trading.rest.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import java.util.Collections;
import org.autopilot.trading.application.intake.IdempotentIntake;
import org.autopilot.trading.application.intake.IntakeAnswer;
import org.autopilot.trading.application.intake.SignalIntake;
import org.autopilot.trading.application.intake.WebhookPayloadParser;
import org.autopilot.trading.application.intake.WebhookRequest;

/**
 * Receives signals. Any content type is read as JSON (TradingView sends text/plain); at most 64 KiB are read, a
 * longer body is refused without reading the rest. The idempotency key is {@code Idempotency-Key}, else Standard
 * Webhooks' {@code webhook-id}. The sender's address is the connection's peer ({@link ClientAddress} for proxies).
 * Other methods than POST are answered 400 {@code post-required} and logged.
 */
@RequestScoped
@Path("{uuid}/{password}")
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    @Inject
    IdempotentIntake intake;

    @Inject
    SignalIntake refusals;

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
        String key = present(idempotencyKey) ? idempotencyKey : present(webhookId) ? webhookId : null;
        return response(intake.accept(new WebhookRequest(uuid, password, bytes, key, webhookId, webhookTimestamp,
                webhookSignature, clientAddress())));
    }

    @GET
    public Response get(@PathParam("uuid") String uuid) {
        return postRequired(uuid, "GET");
    }

    @PUT
    public Response put(@PathParam("uuid") String uuid) {
        return postRequired(uuid, "PUT");
    }

    @PATCH
    public Response patch(@PathParam("uuid") String uuid) {
        return postRequired(uuid, "PATCH");
    }

    @DELETE
    public Response delete(@PathParam("uuid") String uuid) {
        return postRequired(uuid, "DELETE");
    }

    private Response postRequired(String uuid, String method) {
        return response(refusals.refuseMethod(new WebhookRequest(uuid, null, new byte[0], null, null, null, null,
                clientAddress()), method));
    }

    private String clientAddress() {
        return ClientAddress.of(http.getRemoteAddr(), Collections.list(http.getHeaders("X-Forwarded-For")),
                System.getProperty(ClientAddress.TRUSTED_PROXIES));
    }

    private static Response response(IntakeAnswer answer) {
        Response.ResponseBuilder response = Response.status(answer.status()).entity(answer.body().toString());
        answer.headers().forEach(response::header);
        return response.build();
    }

    private static boolean present(String header) {
        return header != null && !header.isBlank();
    }
}
