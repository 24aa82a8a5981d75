package org.ceasefiretimeline.editor;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password login against the editor accounts in the database. Failures slow down the client address
 * that made them, for that name only ({@link LoginAttempts}); every failure, delay and success is
 * logged with the address.
 */
class EditorAuthentication extends DaoAuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(EditorAuthentication.class);

    private final LoginAttempts attempts;
    private final Clock clock;

    EditorAuthentication(
            UserDetailsService editors, PasswordEncoder encoder, LoginAttempts attempts) {
        this(editors, encoder, attempts, Clock.systemUTC());
    }

    EditorAuthentication(
            UserDetailsService editors,
            PasswordEncoder encoder,
            LoginAttempts attempts,
            Clock clock) {
        super(encoder);
        this.attempts = attempts;
        this.clock = clock;
        setUserDetailsService(editors);
    }

    @Override
    public Authentication authenticate(Authentication authentication)
            throws AuthenticationException {
        String name = authentication.getName();
        String address = clientAddress(authentication);
        Duration wait = attempts.delayFor(name, address);
        if (positive(wait)) {
            LOG.warn(
                    "Login for '{}' from {} refused unchecked: delayed {} s more after {} failures",
                    printable(name),
                    address,
                    seconds(wait),
                    attempts.failures(name, address));
            throw delayed(false, name, address, wait);
        }
        Authentication result;
        try {
            result = super.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            Duration next = attempts.recordFailure(name, address);
            int failures = attempts.failures(name, address);
            LOG.warn(
                    "Failed login for '{}' from {} ({} failures from there in the last {} min{})",
                    printable(name),
                    address,
                    failures,
                    LoginAttempts.WINDOW.toMinutes(),
                    positive(next) ? "; next attempt delayed " + seconds(next) + " s" : "");
            if (positive(next)) {
                throw delayed(true, name, address, next);
            }
            throw wrong;
        } catch (AuthenticationException refused) {
            LOG.warn(
                    "Login for '{}' from {} refused: {}",
                    printable(name),
                    address,
                    refused.getMessage());
            throw refused;
        }
        attempts.recordSuccess(name, address);
        LOG.info("Editor '{}' logged in from {}", printable(name), address);
        return result;
    }

    private LoginDelayedException delayed(
            boolean wrongPassword, String name, String address, Duration wait) {
        return new LoginDelayedException(
                "Login delayed for " + seconds(wait) + " s",
                clock.instant().plus(wait),
                wrongPassword,
                attempts.failures(name, address));
    }

    /** Whole seconds, rounded up: a wait of 4.2 s is told as 5 s. */
    static long seconds(Duration d) {
        return (d.toMillis() + 999) / 1000;
    }

    private static boolean positive(Duration d) {
        return !d.isZero() && !d.isNegative();
    }

    /**
     * The address the login request came from (the servlet's remote address), or "unknown" outside
     * a request.
     */
    static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null) {
            return web.getRemoteAddress();
        }
        return "unknown";
    }

    /**
     * A typed user name as a log can show it: no line breaks or other control characters, at most
     * 64 chars.
     */
    static String printable(String name) {
        if (name == null) {
            return "";
        }
        String clean =
                name.codePoints()
                        .map(c -> Character.isISOControl(c) ? '?' : c)
                        .collect(
                                StringBuilder::new,
                                StringBuilder::appendCodePoint,
                                StringBuilder::append)
                        .toString();
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
