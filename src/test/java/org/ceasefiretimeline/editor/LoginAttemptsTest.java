package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class LoginAttemptsTest {

    private Instant now = Instant.parse("2024-06-07T10:00:00Z");
    private final LoginAttempts attempts = new LoginAttempts(new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    });

    @Test
    void five_failures_block_the_name_until_the_window_has_passed() {
        for (int i = 0; i < LoginAttempts.MAX_FAILURES - 1; i++) {
            attempts.recordFailure("Editor");
        }
        assertThat(attempts.blockedFor("editor")).isZero();
        attempts.recordFailure("editor ");
        assertThat(attempts.blockedFor("EDITOR")).isEqualTo(LoginAttempts.WINDOW);
        assertThat(attempts.blockedFor("someone-else")).isZero();
        now = now.plus(LoginAttempts.WINDOW).plusSeconds(1);
        assertThat(attempts.blockedFor("editor")).isZero();
    }

    @Test
    void a_blocked_name_is_refused_even_with_the_right_password() {
        var encoder = new BCryptPasswordEncoder(4);
        var user = User.withUsername("editor").password(encoder.encode("right")).roles("EDITOR").build();
        var provider = new EditorAuthentication(name -> user, encoder, attempts);
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("editor", "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.recordFailure("editor");
        }
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("editor", "right")))
                .isInstanceOf(LockedException.class).hasMessageContaining("Too many failed logins");
        now = now.plus(Duration.ofMinutes(16));
        assertThat(provider.authenticate(new UsernamePasswordAuthenticationToken("editor", "right")).isAuthenticated())
                .isTrue();
    }
}
