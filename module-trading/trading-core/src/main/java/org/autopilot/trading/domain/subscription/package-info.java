/** Subscriptions: which broker account trades which strategy, with its overrides. */
package org.autopilot.trading.domain.subscription;
