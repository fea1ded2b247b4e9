/**
 * The /trading HTTP API (JAX-RS): versioned resources under {@code /api/v1} for scripts (bearer tokens from
 * Keycloak) and unauthenticated health checks under {@code /health}.
 */
package org.autopilot.trading.rest;
