/** What the pages' forms share: showing a service's refusal next to the field it is about. */
package org.autopilot.admin.web.forms;
