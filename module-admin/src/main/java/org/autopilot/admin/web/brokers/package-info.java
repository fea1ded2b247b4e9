/** Backing beans of the brokers page (brokers/index.xhtml): connections, accounts and their execution workers. */
package org.autopilot.admin.web.brokers;
