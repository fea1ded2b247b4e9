package org.autopilot.admin.web.notify;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.MapMessage;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Forwards each notification from the {@code autopilot.notifications} topic to the open admin pages (the
 * {@code notifications} websocket channel). Not durable: a page that is not open learns from the centre instead.
 * Nothing here is transactional, so no transaction is started per message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/autopilot/notifications"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "1")})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationPush implements MessageListener {

    private static final Logger LOG = Logger.getLogger(NotificationPush.class.getName());

    @Inject
    @Push(channel = "notifications")
    PushContext pages;

    @Override
    public void onMessage(Message message) {
        try {
            MapMessage map = (MapMessage) message;
            pages.send(Map.of("severity", map.getString("severity"), "title", map.getString("title"),
                    "detail", text(map.getString("detail")), "link", text(map.getString("link"))));
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.WARNING, "a notification could not be pushed to the open pages", e);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
