/** The approval queue: signals of subscriptions in approval mode, waiting for an operator's decision. */
package org.autopilot.admin.web.approvals;
