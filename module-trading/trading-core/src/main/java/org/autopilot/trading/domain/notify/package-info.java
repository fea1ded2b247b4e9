/** Notifications to operators and each staff member's choice of what reaches them, in the app and by e-mail. */
package org.autopilot.trading.domain.notify;
