package org.autopilot.reporting.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditEntrySearchTest {

    @ParameterizedTest
    @CsvSource({"order., order.", "order_x, order!_x", "100%, 100!%", "wow!, wow!!", "a!_%b, a!!!_!%b"})
    void peoplesTextMatchesLiterallyInsideALikePattern(String text, String pattern) {
        assertEquals(pattern, AuditEntrySearch.literal(text));
    }
}
