/** Shared test support: deployments, the test Keycloak (tokens, TOTP), the headless browser, the database. */
package org.autopilot.it.support;
