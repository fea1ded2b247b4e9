/** What the pages' forms share: their messages (a service's refusal next to the field it is about) and the risk limits form. */
package org.autopilot.admin.web.forms;
