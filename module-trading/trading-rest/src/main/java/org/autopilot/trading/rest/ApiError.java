package org.autopilot.trading.rest;

/** The JSON body of every error answer of the API. */
public record ApiError(int status, String error, String message) {
}
