/**
 * The audit trail page ({@code audit/index.xhtml}) and its CSV export ({@code /audit/export.csv}): both read the
 * same filters from the same URL parameters, so a bookmarked page and its export always show the same entries.
 */
package org.autopilot.admin.web.audit;
