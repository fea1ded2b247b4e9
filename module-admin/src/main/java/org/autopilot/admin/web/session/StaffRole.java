package org.autopilot.admin.web.session;

/** The Keycloak realm roles that may use /admin, with the names shown to people. */
public enum StaffRole {
    ADMIN("admin", "Administrator"),
    OPERATOR("operator", "Operator"),
    CORPORATE("corporate", "Corporate"),
    BATCH_OPERATOR("batch-operator", "Batch operator");

    private final String roleName;
    private final String label;

    StaffRole(String roleName, String label) {
        this.roleName = roleName;
        this.label = label;
    }

    public String roleName() {
        return roleName;
    }

    public String label() {
        return label;
    }
}
