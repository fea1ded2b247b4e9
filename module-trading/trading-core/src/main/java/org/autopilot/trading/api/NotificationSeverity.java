package org.autopilot.trading.api;

/** INFO (a fill, a switch back to ACTIVE), WARNING (needs a look: a halt, a pending approval), FAILURE (did not happen). */
public enum NotificationSeverity { INFO, WARNING, FAILURE }
