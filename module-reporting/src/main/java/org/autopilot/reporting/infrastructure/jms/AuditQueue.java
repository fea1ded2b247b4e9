package org.autopilot.reporting.infrastructure.jms;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.autopilot.reporting.api.AuditEvent;

/** The persistent queue that carries audit events (created by app-ear's server.cli) and its JSON format. */
final class AuditQueue {

    static final String JNDI = "java:/jms/autopilot/audit";
    /** The queue's name, for a consumer that is not an MDB. */
    static final String NAME = "autopilot.audit";
    /** Where unreadable messages are kept (WildFly's default dead-letter queue). */
    static final String DEAD_LETTERS = "DLQ";

    private static final Jsonb JSON = JsonbBuilder.create();

    private AuditQueue() {
    }

    static String toJson(AuditEvent event) {
        return JSON.toJson(event);
    }

    static AuditEvent fromJson(String json) {
        return JSON.fromJson(json, AuditEvent.class);
    }
}
