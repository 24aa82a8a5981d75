package org.ceasefiretimeline.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed logins per user name: after {@value #MAX_FAILURES} failures within the window, that name is
 * refused until the window has passed, which makes guessing passwords slow.
 */
@Component
public class LoginAttempts {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    public void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(String.valueOf(event.getAuthentication().getName()));
    }

    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    void recordFailure(String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
    }

    /** How long the name is still refused, or zero. */
    public Duration blockedFor(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return Duration.ZERO;
        }
        synchronized (times) {
            prune(times);
            if (times.size() < MAX_FAILURES) {
                return Duration.ZERO;
            }
            return Duration.between(clock.instant(), times.peekFirst().plus(WINDOW));
        }
    }

    private void prune(Deque<Instant> times) {
        Instant horizon = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
