package org.autopilot.admin.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.autopilot.reporting.api.AuditEntryView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuditCsvTest {

    private static final String PREVIOUS = "0".repeat(64);
    private static final String HASH = "ab".repeat(32);

    @Test
    void everyColumnIsWrittenAsRfc4180WithCrLf() throws IOException {
        AuditEntryView entry = new AuditEntryView(42, Instant.parse("2026-03-02T14:30:15.123456Z"), "alice",
                "strategy.updated", "strategy", "s-1", "size, \"tuned\"", "{\"size\":1}", "line one\nline two",
                PREVIOUS, HASH);
        StringBuilder out = new StringBuilder();
        AuditCsv.write(List.of(entry), out);
        assertEquals(String.join(",", AuditCsv.HEADER) + "\r\n"
                + "42,2026-03-02T14:30:15.123456Z,alice,strategy.updated,strategy,s-1,\"size, \"\"tuned\"\"\","
                + "\"{\"\"size\"\":1}\",\"line one\nline two\"," + PREVIOUS + "," + HASH + "\r\n", out.toString());
    }

    @Test
    void missingValuesAreEmptyCells() throws IOException {
        StringBuilder out = new StringBuilder();
        AuditCsv.write(List.of(new AuditEntryView(1, Instant.EPOCH, "a", "b", "c", "d", null, null, null, PREVIOUS,
                HASH)), out);
        assertEquals("1,1970-01-01T00:00:00Z,a,b,c,d,,,," + PREVIOUS + "," + HASH + "\r\n",
                out.toString().substring(out.indexOf("\r\n") + 2));
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"=SUM(A1), '=SUM(A1)", "+1, '+1", "-2+3, '-2+3", "@cmd, '@cmd",
            "alice, alice", "a=b, a=b"})
    void formulaLikeCellsAreMadeInert(String cell, String written) {
        assertEquals(written, AuditCsv.inert(cell));
    }

    @Test
    void tabAndCarriageReturnStartsAreMadeInertToo() {
        assertEquals("'\tx", AuditCsv.inert("\tx"));
        assertEquals("'\rx", AuditCsv.inert("\rx"));
    }
}
