package org.ceasefiretimeline.editor;

import java.time.Duration;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password login against the editor accounts in the database, refusing names with too many recent failures. */
class EditorAuthentication extends DaoAuthenticationProvider {

    private final LoginAttempts attempts;

    EditorAuthentication(UserDetailsService editors, PasswordEncoder encoder, LoginAttempts attempts) {
        super(encoder);
        this.attempts = attempts;
        setUserDetailsService(editors);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        Duration blocked = attempts.blockedFor(authentication.getName());
        if (!blocked.isZero() && !blocked.isNegative()) {
            throw new LockedException("Too many failed logins for this name; try again in "
                    + Math.max(1, blocked.toMinutes()) + " minutes");
        }
        return super.authenticate(authentication);
    }
}
