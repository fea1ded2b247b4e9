/** The TradersPost-compatible webhook endpoint {@code /trading/webhook/{uuid}/{password}} (no bearer token). */
package org.autopilot.trading.rest.webhook;
