/**
 * Notifications in the admin app: pushed live to every open page over a Faces websocket (each page shows what its
 * reader's in-app level admits), the bell with the unread count, and the notification centre with preferences.
 */
package org.autopilot.admin.web.notify;
