/** Integration tests of portal (see the class comments for what runs where). */
package org.autopilot.it.portal;
