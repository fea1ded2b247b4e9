/** Integration tests of trading (see the class comments for what runs where). */
package org.autopilot.it.trading;
