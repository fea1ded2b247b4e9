package org.autopilot.trading.infrastructure.jms;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.autopilot.trading.api.NotificationView;
import org.autopilot.trading.domain.notify.NotificationPreference;
import org.autopilot.trading.domain.notify.NotificationRepository;

/**
 * E-mails every notification to the staff whose e-mail level admits it, in one message (each recipient in Bcc).
 * A durable subscriber: notifications published while the mail server or this server was down are sent afterwards.
 * A mail server that refuses is logged and not retried, so nobody gets the same e-mail twice. Sending mail is not
 * transactional, so no transaction is started per message; the recipients come from the second-level cache.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = NotificationMessages.TOPIC),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "clientId", propertyValue = "autopilot-notification-mailer"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = "email"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationMailer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class.getName());

    @Resource(lookup = "java:jboss/mail/Default")
    Session mail;

    @Inject
    NotificationRepository notifications;

    @Override
    public void onMessage(Message message) {
        NotificationView notification;
        try {
            notification = NotificationMessages.read((MapMessage) message);
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "unreadable notification message skipped", e);
            return;
        }
        Address[] recipients = notifications.emailRecipients().stream()
                .filter(p -> p.byEmail().admits(notification.severity())).map(NotificationPreference::email)
                .map(NotificationMailer::address).toArray(Address[]::new);
        if (recipients.length == 0) {
            return;
        }
        try {
            MimeMessage mailMessage = new MimeMessage(mail);
            mailMessage.setRecipients(jakarta.mail.Message.RecipientType.BCC, recipients);
            mailMessage.setSubject("[Autopilot " + notification.severity() + "] " + notification.title(), "UTF-8");
            mailMessage.setText(text(notification), "UTF-8");
            Transport.send(mailMessage);
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "notification " + notification.id() + " could not be e-mailed to "
                    + recipients.length + " recipient(s)", e);
        }
    }

    private static String text(NotificationView n) {
        return n.title() + "\n\n" + (n.detail() == null ? "" : n.detail() + "\n\n") + "Kind: " + n.kind() + "\nTime (UTC): "
                + n.createdAt() + (n.link() == null ? "" : "\nSee: /admin" + n.link()) + "\n";
    }

    private static Address address(String email) {
        try {
            return new InternetAddress(email, true);
        } catch (MessagingException e) {
            throw new IllegalStateException("stored e-mail address is invalid: " + email, e);
        }
    }
}
