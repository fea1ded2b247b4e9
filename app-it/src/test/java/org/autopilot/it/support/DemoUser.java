package org.autopilot.it.support;

/** The dev realm's demo users (db/keycloak/autopilot-realm.json, listed in the README). */
public enum DemoUser {
    ALICE_ADMIN("alice", "alice-dev-pass", "AutopilotAliceTotp01"),
    OSCAR_OPERATOR("oscar", "oscar-dev-pass", "AutopilotOscarTotp01"),
    CORA_CORPORATE("cora", "cora-dev-pass", "AutopilotCoraTotp001"),
    BELLA_BATCH("bella", "bella-dev-pass", "AutopilotBellaTotp01"),
    IVAN_INVESTOR("ivan", "ivan-dev-pass", null);

    private final String username;
    private final String password;
    private final String totpSecret;

    DemoUser(String username, String password, String totpSecret) {
        this.username = username;
        this.password = password;
        this.totpSecret = totpSecret;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /** Null for users without a second factor. */
    public String totpSecret() {
        return totpSecret;
    }
}
