/**
 * Deliberately broken code for ArchitectureTest: two fake modules, alpha and beta, that break every module rule
 * once. Test sources only; never part of the application.
 */
package org.autopilot.archfixture;
