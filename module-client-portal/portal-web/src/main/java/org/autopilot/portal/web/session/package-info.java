/** Sign-out from the portal. */
package org.autopilot.portal.web.session;
