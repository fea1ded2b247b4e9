/** The in-process hand-over of stored signals to their fan-out: one queue, one thread, in the order of commit. */
package org.autopilot.trading.infrastructure.fanout;
