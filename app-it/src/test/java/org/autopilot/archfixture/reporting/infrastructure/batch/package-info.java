/** Architecture-rule fixture (see org.autopilot.archfixture). */
package org.autopilot.archfixture.reporting.infrastructure.batch;
