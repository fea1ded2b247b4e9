package org.autopilot.trading.api;

import java.util.List;

/** What the operations dashboard refreshes every few seconds. */
public interface OperationsMonitor {

    /** Every broker account, by name. */
    List<AccountStatus> accounts();
}
