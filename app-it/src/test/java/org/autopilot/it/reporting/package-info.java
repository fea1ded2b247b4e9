/** Integration tests of reporting (see the class comments for what runs where). */
package org.autopilot.it.reporting;
