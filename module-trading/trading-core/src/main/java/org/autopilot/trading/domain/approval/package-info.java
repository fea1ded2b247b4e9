/**
 * Approval mode: a subscription whose signals wait for an operator's decision (approve, reject) before they are
 * planned, and expire when nobody decides in time.
 */
package org.autopilot.trading.domain.approval;
