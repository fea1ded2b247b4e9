/** The brokers model: connections to venues. Plain Java and JPA mapping. */
package org.autopilot.brokers.domain;
