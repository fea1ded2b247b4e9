/**
 * Telling operators: notifications are stored with the change that caused them and published on the
 * {@code autopilot.notifications} topic after it commits; one subscriber e-mails them, the admin web app pushes them
 * to the browsers.
 */
package org.autopilot.trading.application.notify;
