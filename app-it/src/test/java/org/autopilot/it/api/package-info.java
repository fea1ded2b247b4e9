/** Integration tests of api (see the class comments for what runs where). */
package org.autopilot.it.api;
