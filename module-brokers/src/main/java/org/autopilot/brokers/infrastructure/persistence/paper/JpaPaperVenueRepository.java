package org.autopilot.brokers.infrastructure.persistence.paper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import org.autopilot.brokers.api.BrokerPosition;
import org.autopilot.brokers.api.TimeInForce;
import org.autopilot.brokers.domain.paper.DayOrders;
import org.autopilot.brokers.domain.paper.PaperLogEntry;
import org.autopilot.brokers.domain.paper.PaperOrderState;
import org.autopilot.brokers.domain.paper.PaperVenueChanges;
import org.autopilot.brokers.domain.paper.PaperVenueRepository;
import org.autopilot.brokers.domain.paper.PaperVenueSnapshot;

/**
 * Paper venues in tables {@code paper_venue}, {@code paper_order}, {@code paper_position} and {@code paper_log}.
 * {@link #lockRevision} takes a row lock on the venue ({@code SELECT ... FOR UPDATE}): writers of one venue queue
 * up even across servers, while the venue's other rows are only ever written under that lock.
 */
@ApplicationScoped
public class JpaPaperVenueRepository implements PaperVenueRepository {

    @PersistenceContext(unitName = "brokers")
    EntityManager em;

    @Override
    public void open(UUID accountId, PaperVenueSnapshot opening) {
        em.persist(PaperVenueRecord.open(accountId, opening));
    }

    @Override
    public OptionalLong lockRevision(UUID accountId) {
        PaperVenueRecord venue = em.find(PaperVenueRecord.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        return venue == null ? OptionalLong.empty() : OptionalLong.of(venue.revision());
    }

    @Override
    public PaperVenueSnapshot load(UUID accountId) {
        List<BrokerPosition> positions = em.createQuery(
                        "select p from PaperPositionRecord p where p.id.accountId = :a order by p.id.symbol",
                        PaperPositionRecord.class)
                .setParameter("a", accountId).getResultStream().map(PaperPositionRecord::toPosition).toList();
        List<PaperOrderState> working = em.createQuery(
                        "select o from PaperOrderRecord o where o.id.accountId = :a and o.working = true"
                                + " order by o.sequenceNo", PaperOrderRecord.class)
                .setParameter("a", accountId).getResultStream().map(PaperOrderRecord::toState).toList();
        return venue(accountId).snapshot(positions, working);
    }

    @Override
    public Optional<PaperOrderState> order(UUID accountId, String clientOrderId) {
        return Optional.ofNullable(em.find(PaperOrderRecord.class, new PaperOrderRecord.Key(accountId, clientOrderId)))
                .map(PaperOrderRecord::toState);
    }

    @Override
    public long save(UUID accountId, PaperVenueChanges changes) {
        PaperVenueRecord venue = venue(accountId);
        for (PaperOrderState order : changes.orders()) {
            PaperOrderRecord.Key key = new PaperOrderRecord.Key(accountId, order.request().clientOrderId());
            if (order.sequence() > venue.orderSequence()) {
                // numbered after the last save: a new order, nothing to look up
                em.persist(new PaperOrderRecord(key, order));
            } else {
                em.find(PaperOrderRecord.class, key).set(order);
            }
        }
        for (PaperVenueChanges.ChangedPosition changed : changes.positions()) {
            savePosition(new PaperPositionRecord.Key(accountId, changed.position().symbol()), changed);
        }
        for (PaperLogEntry entry : changes.log()) {
            em.persist(new PaperLogRecord(new PaperLogRecord.Key(accountId, venue.nextLogSequence()), entry));
        }
        return venue.apply(changes);
    }

    /**
     * A position the venue had stored is updated or deleted by key, one statement; a new one is inserted. Neither reads
     * it first, and neither touches a row that does not exist (no gap locks between accounts opening positions). The
     * statements are SQL: Hibernate translates a JPQL update or delete again on every execution (a tenth of the
     * worker's CPU per order when they were JPQL). No flush before them: nothing pending in the venue's transaction
     * writes this row.
     */
    private void savePosition(PaperPositionRecord.Key key, PaperVenueChanges.ChangedPosition changed) {
        BrokerPosition position = changed.position();
        boolean open = position.quantity().signum() != 0;
        if (!changed.stored()) {
            if (open) {
                PaperPositionRecord row = new PaperPositionRecord(key);
                row.set(position);
                em.persist(row);
            }
            return;
        }
        Query statement = open
                ? em.createNativeQuery("update paper_position set quantity = :quantity, average_price = :price"
                        + " where account_id = :account and symbol = :symbol")
                        .setParameter("quantity", Decimals.column(position.quantity()))
                        .setParameter("price", Decimals.column(position.averagePrice()))
                : em.createNativeQuery("delete from paper_position where account_id = :account and symbol = :symbol");
        statement.setParameter("account", key.accountId().toString()).setParameter("symbol", key.symbol())
                .setFlushMode(FlushModeType.COMMIT).executeUpdate();
    }

    @Override
    public List<UUID> accountsWithWorkingOrdersIn(Set<String> symbols) {
        return em.createQuery("select distinct o.id.accountId from PaperOrderRecord o"
                        + " where o.working = true and o.symbol in :symbols", UUID.class)
                .setParameter("symbols", symbols).getResultList();
    }

    @Override
    public List<DayOrders> dayOrdersAcceptedBefore(Instant instant) {
        return em.createQuery("select new org.autopilot.brokers.domain.paper.DayOrders(o.id.accountId, o.symbol,"
                        + " min(o.acceptedAt)) from PaperOrderRecord o"
                        + " where o.working = true and o.timeInForce = :day and o.acceptedAt < :instant"
                        + " group by o.id.accountId, o.symbol", DayOrders.class)
                .setParameter("day", TimeInForce.DAY).setParameter("instant", instant).getResultList();
    }

    @Override
    public List<PaperLogEntry> log(UUID accountId) {
        return em.createQuery("select l from PaperLogRecord l where l.id.accountId = :a order by l.id.sequenceNo",
                        PaperLogRecord.class)
                .setParameter("a", accountId).getResultStream().map(PaperLogRecord::toEntry).toList();
    }

    @Override
    public boolean exists(UUID accountId) {
        return em.find(PaperVenueRecord.class, accountId) != null;
    }

    private PaperVenueRecord venue(UUID accountId) {
        return Optional.ofNullable(em.find(PaperVenueRecord.class, accountId))
                .orElseThrow(() -> new IllegalArgumentException("no paper venue for account " + accountId));
    }
}
