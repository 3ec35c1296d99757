package org.onetrip.platform.security;

/** The roles a token's {@code groups} claim may carry, as the services check them. */
public final class Roles {
    public static final String CATALOGUE_ADMIN = "catalogue-admin";
    public static final String CLERK = "clerk";
    public static final String OFFICER = "officer";
    public static final String AGENT = "agent";
    public static final String SUPERVISOR = "supervisor";
    public static final String DEPUTY = "deputy";
    public static final String APPLICANT = "applicant";
    /** Not a token's role: a service itself acting on an event (see {@link Caller#system(String)}). */
    public static final String SYSTEM = "system";

    private Roles() {
    }
}
