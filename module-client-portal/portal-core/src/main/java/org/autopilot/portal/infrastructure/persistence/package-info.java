/** JPA implementations of the client-portal repositories (persistence unit {@code portal}). */
package org.autopilot.portal.infrastructure.persistence;
