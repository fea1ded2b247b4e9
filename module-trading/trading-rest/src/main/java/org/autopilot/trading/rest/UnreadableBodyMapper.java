package org.autopilot.trading.rest;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request body that JSON binding cannot read (malformed JSON, an unknown enum constant, a number where text is
 * expected): 400 with the binding's innermost reason, instead of the 500 that JAX-RS would answer.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern UNKNOWN_CONSTANT = Pattern.compile("No enum constant (?:[\\w$]+\\.)*?([\\w$]+)\\.(\\w+)");

    @Override
    public Response toResponse(ProcessingException exception) {
        if (!causedByJson(exception)) {
            return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(500, "Internal Server Error", "the request could not be processed")).build();
        }
        Throwable innermost = exception;
        while (innermost.getCause() != null) {
            innermost = innermost.getCause();
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(400, "Bad Request", "unreadable request body: " + reason(innermost))).build();
    }

    /** "No enum constant org.x.TimeInForce.SOMETIMES" reads "unknown value SOMETIMES for TimeInForce". */
    private static String reason(Throwable innermost) {
        Matcher unknownConstant = UNKNOWN_CONSTANT.matcher(String.valueOf(innermost.getMessage()));
        return unknownConstant.matches()
                ? "unknown value " + unknownConstant.group(2) + " for " + unknownConstant.group(1).replace('$', '.')
                : innermost.getMessage();
    }

    private static boolean causedByJson(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof JsonException) {
                return true;
            }
        }
        return false;
    }
}
