package dev.mocksy.resume;

import dev.mocksy.interview.Role;
import java.util.Locale;
import java.util.Optional;

/** The kind of engineering work a resume or job points to; wider than the interview {@link Role}s. */
public enum JobFamily {
    FRONTEND(Role.FRONTEND),
    BACKEND(Role.BACKEND),
    FULL_STACK(Role.FULL_STACK),
    DATA(Role.DATA_SCIENCE),
    DEVOPS(Role.DEVOPS),
    MOBILE(Role.MOBILE),
    EMBEDDED(null),
    SECURITY(null),
    QA(null);

    private final Role role;

    JobFamily(Role role) {
        this.role = role;
    }

    /** The interview role that practises this family, if there is one. */
    public Optional<Role> role() {
        return Optional.ofNullable(role);
    }

    /** The lower-case id used in JSON, e.g. {@code "devops"}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
