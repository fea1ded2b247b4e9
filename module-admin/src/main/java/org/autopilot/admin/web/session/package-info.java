/** The signed-in staff member: identity and roles for pages and menu, sign-in auditing and sign-out. */
package org.autopilot.admin.web.session;
