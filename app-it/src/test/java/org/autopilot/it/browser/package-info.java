/** Integration tests of browser (see the class comments for what runs where). */
package org.autopilot.it.browser;
