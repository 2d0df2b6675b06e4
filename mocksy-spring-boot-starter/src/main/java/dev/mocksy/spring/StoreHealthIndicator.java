package dev.mocksy.spring;

import dev.mocksy.store.InterviewStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

/** Whether Mocksy's interview store answers: it looks up a session that does not exist, a cheap indexed read. */
final class StoreHealthIndicator extends AbstractHealthIndicator {

    private static final String PROBE_SESSION = "mocksy-health-check";

    private final InterviewStore store;

    StoreHealthIndicator(InterviewStore store) {
        super("the interview store health check failed");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        store.load(PROBE_SESSION);
        builder.up().withDetail("store", store.getClass().getSimpleName());
    }
}
