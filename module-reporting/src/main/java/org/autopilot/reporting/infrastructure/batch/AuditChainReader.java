package org.autopilot.reporting.infrastructure.batch;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.autopilot.reporting.domain.AuditEntry;
import org.autopilot.reporting.domain.AuditEntryRepository;

/** Walks the chain in sequence order, a page at a time, pairing each entry with its predecessor's hash. */
@Named
@Dependent
public class AuditChainReader extends AbstractItemReader {

    private static final int PAGE = 200;

    @Inject
    AuditEntryRepository entries;

    private final Deque<AuditEntry> page = new ArrayDeque<>();
    private ChainCursor cursor;

    @Override
    public void open(Serializable checkpoint) {
        cursor = checkpoint == null ? ChainCursor.START : (ChainCursor) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(entries.after(cursor.lastSequence(), PAGE));
            if (page.isEmpty()) {
                return null;
            }
        }
        AuditEntry entry = page.removeFirst();
        ChainLink link = new ChainLink(entry, cursor.lastHash());
        cursor = cursor.advance(entry);
        return link;
    }

    @Override
    public Serializable checkpointInfo() {
        // the cursor follows the last item handed out; buffered entries are simply re-read after a restart
        return cursor;
    }
}
