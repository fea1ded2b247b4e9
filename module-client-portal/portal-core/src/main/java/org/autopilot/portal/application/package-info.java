/** Client-portal use cases behind the api interfaces. Internal to the module. */
package org.autopilot.portal.application;
