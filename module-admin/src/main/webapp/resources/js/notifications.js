/*
 * Live notifications: the server pushes every notification to every open admin page (channel "notifications");
 * this page shows those its reader's in-app level admits (apNotificationLevel: ALL, FAILURES_ONLY or NONE) and
 * counts them on the bell.
 */
function apNotified(message) {
    if (apNotificationLevel === 'NONE' || (apNotificationLevel === 'FAILURES_ONLY' && message.severity === 'INFO')) {
        return;
    }
    var severity = message.severity === 'FAILURE' ? 'error' : message.severity === 'WARNING' ? 'warn' : 'info';
    PF('liveNotifications').renderMessage({summary: message.title, detail: message.detail, severity: severity});
    var count = document.getElementById('bellCount');
    if (count) {
        count.textContent = String((parseInt(count.textContent, 10) || 0) + 1);
        count.classList.remove('ap-hidden');
    }
}
