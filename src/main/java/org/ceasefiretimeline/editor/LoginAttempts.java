package org.ceasefiretimeline.editor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted per user name <em>and</em> client address, each failure past the first few
 * making the next attempt from that address for that name wait longer ({@link #delayAfter}). An
 * address that guesses wrong never delays the same name from another address, so nobody can lock an
 * editor out. Also keeps each name's recent failures, for the editor's own account page. Kept in
 * memory: a restart forgets them (the log keeps every failure with its address).
 */
@Component
public class LoginAttempts {

    /** Failures from one address for one name that cost nothing. */
    static final int FREE_FAILURES = 2;

    /** The delay after the first failure that costs something; it doubles with each further one. */
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);

    static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** Failures older than this no longer count towards the delay. */
    static final Duration WINDOW = Duration.ofHours(1);

    /** How long, and how many, failures an editor can see for their account. */
    static final Duration HISTORY = Duration.ofDays(7);

    static final int HISTORY_SIZE = 50;

    /** Bounds the memory that guessing with many names or addresses can take. */
    static final int MAX_KEYS = 10_000;

    /**
     * One failed login: when, for which name (as typed, normalized), and from which client address.
     */
    public record Failure(Instant at, String username, String address) {}

    private record Key(String username, String address) {}

    private final Map<Key, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Map<String, Deque<Failure>> history = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    /**
     * The delay before the next attempt after this many recent failures: none, then 5 s, 10 s, 20
     * s… up to 15 min.
     */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    /**
     * Records a wrong password (or unknown name) from {@code address}; returns the delay it now
     * imposes.
     */
    public Duration recordFailure(String username, String address) {
        Instant now = clock.instant();
        Key key = key(username, address);
        if (failures.size() >= MAX_KEYS && !failures.containsKey(key)) {
            forgetOld(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            prune(times, now);
        }
        if (history.size() >= MAX_KEYS && !history.containsKey(key.username())) {
            forgetOld(now);
        }
        Deque<Failure> past = history.computeIfAbsent(key.username(), k -> new ArrayDeque<>());
        synchronized (past) {
            past.addLast(new Failure(now, key.username(), key.address()));
            while (past.size() > HISTORY_SIZE) {
                past.removeFirst();
            }
        }
        return delayFor(username, address);
    }

    /**
     * A successful login from {@code address} clears that address's count for the name, and no
     * other.
     */
    public void recordSuccess(String username, String address) {
        failures.remove(key(username, address));
    }

    /** How many failures from this address for this name still count. */
    public int failures(String username, String address) {
        Deque<Instant> times = failures.get(key(username, address));
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size();
        }
    }

    /** How long this address must still wait before trying this name again, or zero. */
    public Duration delayFor(String username, String address) {
        Deque<Instant> times = failures.get(key(username, address));
        if (times == null) {
            return Duration.ZERO;
        }
        Instant now = clock.instant();
        synchronized (times) {
            prune(times, now);
            if (times.isEmpty()) {
                return Duration.ZERO;
            }
            Duration left = Duration.between(now, times.peekLast().plus(delayAfter(times.size())));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }

    /**
     * The name's failed logins of the last {@value #HISTORY_SIZE} and at most seven days, newest
     * first.
     */
    public List<Failure> recentFailures(String username) {
        Deque<Failure> past = history.get(normalize(username));
        if (past == null) {
            return List.of();
        }
        Instant horizon = clock.instant().minus(HISTORY);
        List<Failure> recent = new ArrayList<>();
        synchronized (past) {
            past.descendingIterator()
                    .forEachRemaining(
                            f -> {
                                if (!f.at().isBefore(horizon)) {
                                    recent.add(f);
                                }
                            });
        }
        return recent;
    }

    private void forgetOld(Instant now) {
        for (Iterator<Deque<Instant>> it = failures.values().iterator(); it.hasNext(); ) {
            Deque<Instant> times = it.next();
            synchronized (times) {
                prune(times, now);
                if (times.isEmpty()) {
                    it.remove();
                }
            }
        }
        Instant horizon = now.minus(HISTORY);
        history.values()
                .removeIf(
                        past -> {
                            synchronized (past) {
                                return past.isEmpty() || past.peekLast().at().isBefore(horizon);
                            }
                        });
    }

    private static void prune(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
            times.removeFirst();
        }
    }

    private static Key key(String username, String address) {
        return new Key(normalize(username), address == null ? "unknown" : address);
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
