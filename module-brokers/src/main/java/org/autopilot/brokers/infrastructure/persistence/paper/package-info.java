/**
 * The paper venues in tables {@code paper_venue}, {@code paper_order}, {@code paper_position} and {@code paper_log}
 * (persistence unit {@code brokers}): row mappings of the venue's snapshot and changes. Internal to the module.
 */
package org.autopilot.brokers.infrastructure.persistence.paper;
