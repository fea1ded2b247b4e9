/** Backing beans of the batch pages ({@code batch/*.xhtml}): run and watch jobs. */
package org.autopilot.admin.web.batch;
