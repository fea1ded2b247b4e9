/** Architecture rules of the code base (ArchUnit), checked on every build. */
package org.autopilot.it.architecture;
