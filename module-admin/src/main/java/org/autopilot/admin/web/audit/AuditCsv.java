package org.autopilot.admin.web.audit;

import java.io.IOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.autopilot.reporting.api.AuditEntryView;

/**
 * Audit entries as RFC 4180 CSV (comma, double quotes doubled, CRLF), every column including the hashes, so an
 * export can be checked against the chain. Text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) gets a leading single quote: an actor or a reason is data an attacker
 * may have chosen, and an export must not turn it into a command on the reader's machine.
 */
final class AuditCsv {

    static final List<String> HEADER = List.of("sequence", "occurred_at_utc", "actor", "action", "subject_type",
            "subject_id", "reason", "before", "after", "previous_hash", "entry_hash");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new)).get();

    private AuditCsv() {
    }

    static void write(List<AuditEntryView> entries, Appendable out) throws IOException {
        try (CSVPrinter csv = new CSVPrinter(out, FORMAT)) {
            for (AuditEntryView e : entries) {
                csv.printRecord(e.sequence(), e.occurredAt(), inert(e.actor()), inert(e.action()),
                        inert(e.subjectType()), inert(e.subjectId()), inert(e.reason()), inert(e.before()),
                        inert(e.after()), e.previousHash(), e.entryHash());
            }
        }
    }

    /** The cell as a spreadsheet shows it without evaluating it. */
    static String inert(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
