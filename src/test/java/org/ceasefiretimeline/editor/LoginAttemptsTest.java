package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

@ExtendWith(OutputCaptureExtension.class)
class LoginAttemptsTest {

    private static final String ATTACKER = "203.0.113.7";
    private static final String EDITOR = "198.51.100.9";

    private Instant now = Instant.parse("2024-06-07T10:00:00Z");
    private final Clock clock =
            new Clock() {
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
            };
    private final LoginAttempts attempts = new LoginAttempts(clock);
    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private final UserDetails user =
            User.withUsername("editor").password(encoder.encode("right")).roles("EDITOR").build();
    private final EditorAuthentication provider =
            new EditorAuthentication(name -> user, encoder, attempts, clock);

    @Test
    void the_delay_grows_with_each_failure_past_the_free_ones_up_to_a_cap() {
        assertThat(LoginAttempts.delayAfter(1)).isZero();
        assertThat(LoginAttempts.delayAfter(LoginAttempts.FREE_FAILURES)).isZero();
        assertThat(LoginAttempts.delayAfter(LoginAttempts.FREE_FAILURES + 1))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(LoginAttempts.delayAfter(LoginAttempts.FREE_FAILURES + 2))
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(LoginAttempts.delayAfter(LoginAttempts.FREE_FAILURES + 3))
                .isEqualTo(Duration.ofSeconds(20));
        assertThat(LoginAttempts.delayAfter(1000)).isEqualTo(LoginAttempts.MAX_DELAY);
    }

    @Test
    void failures_are_counted_per_name_and_address_and_the_delay_runs_from_the_last_one() {
        for (int i = 0; i < LoginAttempts.FREE_FAILURES; i++) {
            assertThat(attempts.recordFailure("Editor", ATTACKER)).isZero();
        }
        assertThat(attempts.recordFailure("editor ", ATTACKER)).isEqualTo(Duration.ofSeconds(5));
        assertThat(attempts.delayFor("EDITOR", ATTACKER)).isEqualTo(Duration.ofSeconds(5));
        assertThat(attempts.delayFor("editor", EDITOR)).isZero();
        assertThat(attempts.delayFor("someone-else", ATTACKER)).isZero();
        now = now.plusSeconds(3);
        assertThat(attempts.delayFor("editor", ATTACKER)).isEqualTo(Duration.ofSeconds(2));
        now = now.plusSeconds(2);
        assertThat(attempts.delayFor("editor", ATTACKER)).isZero();
        assertThat(attempts.recordFailure("editor", ATTACKER)).isEqualTo(Duration.ofSeconds(10));
        now = now.plus(LoginAttempts.WINDOW).plusSeconds(1);
        assertThat(attempts.failures("editor", ATTACKER)).isZero();
        assertThat(attempts.delayFor("editor", ATTACKER)).isZero();
    }

    @Test
    void a_wrong_password_from_one_client_does_not_stop_the_right_one_from_another() {
        for (int i = 0; i < 20; i++) {
            now = now.plus(attempts.delayFor("editor", ATTACKER));
            assertThatThrownBy(() -> provider.authenticate(login("right-ish", ATTACKER)))
                    .isInstanceOfAny(BadCredentialsException.class, LoginDelayedException.class);
        }
        assertThat(attempts.delayFor("editor", ATTACKER)).isPositive();
        assertThat(provider.authenticate(login("right", EDITOR)).isAuthenticated()).isTrue();
        assertThat(attempts.delayFor("editor", ATTACKER))
                .as("the attacker still waits")
                .isPositive();
    }

    @Test
    void a_delayed_address_is_refused_even_with_the_right_password_until_its_delay_has_passed() {
        for (int i = 0; i < LoginAttempts.FREE_FAILURES; i++) {
            assertThatThrownBy(() -> provider.authenticate(login("wrong", ATTACKER)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(login("wrong", ATTACKER)))
                .isInstanceOfSatisfying(
                        LoginDelayedException.class,
                        e -> {
                            assertThat(e.wrongPassword()).isTrue();
                            assertThat(e.until()).isEqualTo(now.plusSeconds(5));
                            assertThat(LoginView.delayMessage(e)[0])
                                    .isEqualTo("Wrong user name or password");
                            assertThat(e.explanation(now))
                                    .contains(
                                            "After 3 failed logins",
                                            "try again in 5 seconds",
                                            "Logins from other addresses are not affected");
                        });
        now = now.plusSeconds(2);
        assertThatThrownBy(() -> provider.authenticate(login("right", ATTACKER)))
                .isInstanceOfSatisfying(
                        LoginDelayedException.class,
                        e -> {
                            assertThat(e.wrongPassword()).isFalse();
                            assertThat(e.explanation(now)).contains("try again in 3 seconds");
                            assertThat(LoginView.delayMessage(e)[0]).isEqualTo("Login delayed");
                        });
        assertThat(attempts.failures("editor", ATTACKER))
                .as("a refused attempt is not a failure")
                .isEqualTo(3);
        now = now.plusSeconds(3);
        assertThat(provider.authenticate(login("right", ATTACKER)).isAuthenticated()).isTrue();
        assertThat(attempts.failures("editor", ATTACKER))
                .as("success clears that address's count")
                .isZero();
    }

    @Test
    void failed_and_successful_logins_are_logged_with_the_client_address(CapturedOutput output) {
        assertThatThrownBy(() -> provider.authenticate(login("wrong", ATTACKER)));
        provider.authenticate(login("right", EDITOR));
        assertThat(output.getOut())
                .contains("Failed login for 'editor' from " + ATTACKER)
                .contains("Editor 'editor' logged in from " + EDITOR);
    }

    @Test
    void a_typed_name_cannot_forge_log_lines() {
        assertThat(EditorAuthentication.printable("admin\nINFO Editor 'admin' logged in"))
                .doesNotContain("\n");
    }

    @Test
    void an_editor_sees_the_recent_failures_for_their_own_name_newest_first() {
        attempts.recordFailure("editor", ATTACKER);
        now = now.plusSeconds(60);
        attempts.recordFailure("Editor", EDITOR);
        attempts.recordFailure("someone-else", ATTACKER);
        assertThat(attempts.recentFailures("editor"))
                .extracting(LoginAttempts.Failure::address)
                .containsExactly(EDITOR, ATTACKER);
        assertThat(
                        AccountView.failures(attempts.recentFailures("editor"))
                                .getElement()
                                .getTextRecursively())
                .contains(
                        "2024-06-07 10:01:00 UTC from " + EDITOR,
                        "2024-06-07 10:00:00 UTC from " + ATTACKER);
        now = now.plus(LoginAttempts.HISTORY).plusSeconds(1);
        assertThat(attempts.recentFailures("editor")).isEmpty();
        assertThat(
                        AccountView.failures(attempts.recentFailures("editor"))
                                .getElement()
                                .getTextRecursively())
                .startsWith("None in the last 7 days");
    }

    private static Authentication login(String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        var token = UsernamePasswordAuthenticationToken.unauthenticated("editor", password);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
