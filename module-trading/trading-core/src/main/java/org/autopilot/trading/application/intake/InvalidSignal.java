package org.autopilot.trading.application.intake;

/** A request the contract refuses, with its message code (e.g. {@code invalid-action}) and a precise message. */
public final class InvalidSignal extends RuntimeException {

    private final String messageCode;

    public InvalidSignal(String messageCode, String message) {
        super(message, null, false, false);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
