package org.autopilot.strategy.api;

/**
 * Refuses a change made from an outdated read: someone else changed the thing since. The caller reads it again and
 * decides anew; nothing was changed.
 */
public class StaleVersionException extends RuntimeException {

    public StaleVersionException(String message) {
        super(message);
    }
}
