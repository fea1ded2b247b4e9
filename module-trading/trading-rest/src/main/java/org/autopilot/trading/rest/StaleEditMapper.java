package org.autopilot.trading.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.autopilot.trading.api.StaleEdit;

/** A change based on an outdated version: 409 with what to do about it. */
@Provider
public class StaleEditMapper implements ExceptionMapper<StaleEdit> {

    @Override
    public Response toResponse(StaleEdit exception) {
        return Response.status(409).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(409, "Conflict", exception.getMessage())).build();
    }
}
