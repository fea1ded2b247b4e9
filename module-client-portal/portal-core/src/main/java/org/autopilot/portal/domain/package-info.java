/** The client-portal model: investors and, later, their ledger and investments. Plain Java and JPA mapping. */
package org.autopilot.portal.domain;
