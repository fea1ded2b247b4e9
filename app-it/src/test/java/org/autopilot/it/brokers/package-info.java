/** Integration tests of brokers (see the class comments for what runs where). */
package org.autopilot.it.brokers;
