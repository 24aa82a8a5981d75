package org.ceasefiretimeline.editor;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AccountStatusException;

/**
 * A login refused, or a wrong password answered, while the client's address must wait before trying
 * the name again. An {@link AccountStatusException} so that Spring Security reports it at once
 * instead of asking another provider; the account itself is not locked and other addresses may log
 * in.
 */
public class LoginDelayedException extends AccountStatusException {

    private final Instant until;
    private final boolean wrongPassword;
    private final int failures;

    LoginDelayedException(String message, Instant until, boolean wrongPassword, int failures) {
        super(message);
        this.until = until;
        this.wrongPassword = wrongPassword;
        this.failures = failures;
    }

    /** When the address may try again. */
    public Instant until() {
        return until;
    }

    /**
     * True when this attempt was checked and its password was wrong; false when it was refused
     * unchecked.
     */
    public boolean wrongPassword() {
        return wrongPassword;
    }

    /** How many recent failures from this address for this name led to the delay. */
    public int failures() {
        return failures;
    }

    /** What the login page says, for the time left at {@code now}. */
    public String explanation(Instant now) {
        long seconds = Math.max(1, EditorAuthentication.seconds(Duration.between(now, until)));
        String wait = describe(seconds);
        return "After "
                + failures
                + " failed logins for this name from your address, your next login is"
                + " delayed: try again in "
                + wait
                + ". Logins from other addresses are not affected.";
    }

    static String describe(long seconds) {
        if (seconds < 60) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
