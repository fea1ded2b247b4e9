/** Integration tests of strategy (see the class comments for what runs where). */
package org.autopilot.it.strategy;
