package org.autopilot.trading.infrastructure.persistence;

import static org.hibernate.jpa.HibernateHints.HINT_CACHEABLE;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.autopilot.trading.api.NotificationLevel;
import org.autopilot.trading.api.NotificationSeverity;
import org.autopilot.trading.domain.notify.Notification;
import org.autopilot.trading.domain.notify.NotificationPreference;
import org.autopilot.trading.domain.notify.NotificationRepository;

/** Notifications ({@code notification}) and preferences ({@code notification_preference}). */
@ApplicationScoped
public class JpaNotificationRepository implements NotificationRepository {

    @PersistenceContext(unitName = "trading")
    EntityManager em;

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public List<Notification> latest(List<NotificationSeverity> severities, int limit) {
        return em.createQuery("select n from Notification n where n.severity in :s order by n.createdAt desc",
                Notification.class).setParameter("s", severities).setMaxResults(limit).getResultList();
    }

    @Override
    public long countSince(List<NotificationSeverity> severities, Instant since) {
        return em.createQuery("select count(n) from Notification n where n.severity in :s and n.createdAt > :t",
                Long.class).setParameter("s", severities).setParameter("t", since).getSingleResult();
    }

    @Override
    public Optional<NotificationPreference> preference(String username) {
        return Optional.ofNullable(em.find(NotificationPreference.class, username));
    }

    @Override
    public void add(NotificationPreference preference) {
        em.persist(preference);
    }

    @Override
    public List<NotificationPreference> emailRecipients() {
        return em.createQuery("select p from NotificationPreference p where p.email is not null and p.byEmail <> :none",
                NotificationPreference.class).setParameter("none", NotificationLevel.NONE).setHint(HINT_CACHEABLE, true)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
    }
}
