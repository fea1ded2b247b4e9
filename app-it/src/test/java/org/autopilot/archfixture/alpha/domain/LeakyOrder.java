package org.autopilot.archfixture.alpha.domain;

import jakarta.jms.Message;

/** Violation: a domain class that knows about JMS. */
public class LeakyOrder {
    public Message asMessage() {
        return null;
    }
}
