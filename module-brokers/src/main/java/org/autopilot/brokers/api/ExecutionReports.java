package org.autopilot.brokers.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The execution-report stream: every report a venue pushes outside a call is a persistent JMS map message on
 * {@link #QUEUE_JNDI} whose body is {@link #toBody}; consumers read it back with {@link #fromBody}. Consumers must
 * apply reports idempotently (by cumulative filled quantity): a report may arrive twice or after the same
 * state was already returned synchronously.
 */
public final class ExecutionReports {

    public static final String QUEUE_JNDI = "java:/jms/autopilot/executions";

    private ExecutionReports() {
    }

    /** A report of one account. */
    public record AccountReport(UUID accountId, OrderReport report) {
    }

    public static Map<String, Object> toBody(UUID accountId, OrderReport r) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", accountId.toString());
        put(body, "clientOrderId", r.clientOrderId());
        put(body, "brokerOrderId", r.brokerOrderId());
        put(body, "symbol", r.symbol());
        put(body, "side", r.side());
        put(body, "status", r.status());
        put(body, "quantity", r.quantity());
        put(body, "filledQuantity", r.filledQuantity());
        put(body, "averagePrice", r.averagePrice());
        put(body, "lastQuantity", r.lastQuantity());
        put(body, "lastPrice", r.lastPrice());
        put(body, "reason", r.reason());
        put(body, "time", r.time());
        return body;
    }

    public static AccountReport fromBody(Map<String, ?> body) {
        OrderReport report = new OrderReport(text(body, "clientOrderId"), text(body, "brokerOrderId"),
                text(body, "symbol"), enumOf(OrderSide.class, text(body, "side")),
                enumOf(OrderStatus.class, text(body, "status")), number(body, "quantity"),
                number(body, "filledQuantity"), number(body, "averagePrice"), number(body, "lastQuantity"),
                number(body, "lastPrice"), text(body, "reason"),
                text(body, "time") == null ? null : Instant.parse(text(body, "time")));
        return new AccountReport(UUID.fromString(text(body, "accountId")), report);
    }

    private static void put(Map<String, Object> body, String key, Object value) {
        if (value != null) {
            body.put(key, value instanceof BigDecimal d ? d.toPlainString() : value.toString());
        }
    }

    private static String text(Map<String, ?> body, String key) {
        Object value = body.get(key);
        return value == null ? null : value.toString();
    }

    private static BigDecimal number(Map<String, ?> body, String key) {
        String value = text(body, key);
        return value == null ? null : new BigDecimal(value);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
