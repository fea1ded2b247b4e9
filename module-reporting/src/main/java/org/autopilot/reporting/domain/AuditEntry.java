package org.autopilot.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.autopilot.reporting.api.AuditEntryView;
import org.autopilot.reporting.api.AuditEvent;

/**
 * One link of the audit chain. Guarantees: an entry is created only as the successor of the chain's last entry
 * ({@link #append}), its hash covers every field and its predecessor's hash, and nothing changes it afterwards
 * (no setters; every column is insert-only; as {@link Immutable} Hibernate never writes changes of a loaded entry and
 * refuses update queries on it). Nothing deletes it: the repository offers no delete, and ArchitectureTest keeps
 * JPA writes other than inserts out of this module.
 * Editing any stored field breaks {@link #hashMatches()}, and removing or reordering entries breaks the link check.
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    /** previousHash of the first entry. */
    public static final String GENESIS_HASH = "0".repeat(64);

    @Id
    @Column(name = "sequence_no", updatable = false)
    private long sequence;

    @Column(name = "event_id", updatable = false, nullable = false)
    private UUID eventId;

    @Column(name = "occurred_at_us", updatable = false, nullable = false)
    @Convert(converter = EpochMicros.class)
    private Instant occurredAt;

    @Column(name = "recorded_at_us", updatable = false, nullable = false)
    @Convert(converter = EpochMicros.class)
    private Instant recordedAt;

    @Column(updatable = false, nullable = false)
    private String actor;

    @Column(updatable = false, nullable = false)
    private String action;

    @Column(name = "subject_type", updatable = false, nullable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false, nullable = false)
    private String subjectId;

    @Column(updatable = false)
    private String reason;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    @Column(name = "previous_hash", updatable = false, nullable = false)
    private String previousHash;

    @Column(name = "entry_hash", updatable = false, nullable = false)
    private String hash;

    protected AuditEntry() {
    }

    /** The entry that follows {@code last} (or starts the chain when {@code last} is null). */
    public static AuditEntry append(AuditEntry last, AuditEvent event, Instant recordedAt) {
        AuditEntry entry = new AuditEntry();
        entry.sequence = last == null ? 1 : last.sequence + 1;
        entry.previousHash = last == null ? GENESIS_HASH : last.hash;
        entry.eventId = event.eventId();
        // stored as epoch microseconds (EpochMicros): hash exactly what is stored
        entry.occurredAt = event.occurredAt().truncatedTo(ChronoUnit.MICROS);
        entry.recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
        entry.actor = event.actor();
        entry.action = event.action();
        entry.subjectType = event.subjectType();
        entry.subjectId = event.subjectId();
        entry.reason = event.reason();
        entry.before = event.before();
        entry.after = event.after();
        entry.hash = entry.computeHash();
        return entry;
    }

    /** True when the stored hash is the hash of the stored fields. */
    public boolean hashMatches() {
        return hash.equals(computeHash());
    }

    /** True when this entry links to {@code predecessorHash} (the genesis hash for the first entry). */
    public boolean linksTo(String predecessorHash) {
        return previousHash.equals(predecessorHash);
    }

    private String computeHash() {
        MessageDigest digest = sha256();
        // length-prefixed fields: no two different entries serialise to the same bytes
        for (Object field : new Object[] {sequence, eventId, occurredAt, recordedAt, actor, action, subjectType,
                subjectId, reason, before, after, previousHash}) {
            byte[] bytes = field == null ? new byte[0] : field.toString().getBytes(StandardCharsets.UTF_8);
            digest.update(Integer.toString(field == null ? -1 : bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) ':');
            digest.update(bytes);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public AuditEntryView toView() {
        return new AuditEntryView(sequence, occurredAt, actor, action, subjectType, subjectId, reason, before, after,
                previousHash, hash);
    }

    public long sequence() {
        return sequence;
    }

    public String hash() {
        return hash;
    }
}
