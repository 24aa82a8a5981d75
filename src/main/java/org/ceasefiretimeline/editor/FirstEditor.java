package org.ceasefiretimeline.editor;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * With no editor account yet, creates the first one: from CEASEFIRE_ADMIN_USER /
 * CEASEFIRE_ADMIN_PASSWORD when set, else as "admin" with a random one-time password printed once
 * to the log. There is no default password.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class FirstEditor implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstEditor.class);

    private final EditorAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final String username;
    private final String password;

    FirstEditor(
            EditorAccountRepository accounts,
            PasswordEncoder encoder,
            @Value("${CEASEFIRE_ADMIN_USER:admin}") String username,
            @Value("${CEASEFIRE_ADMIN_PASSWORD:}") String password) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.username = username;
        this.password = password;
    }

    /**
     * Instances started together on one database may both find no account: the first to store one
     * wins (the name is unique), the other says so; a one-time password is shown only once stored.
     */
    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean chosen = !password.isBlank();
        String secret = chosen ? password : oneTimePassword();
        try {
            accounts.saveAndFlush(
                    new EditorAccount(username, encoder.encode(secret), EditorAccount.EDITOR));
        } catch (DataIntegrityViolationException e) {
            LOG.info("Another instance created the first editor '{}' at the same time", username);
            return;
        }
        if (chosen) {
            LOG.info(
                    "Created editor '{}' from CEASEFIRE_ADMIN_USER / CEASEFIRE_ADMIN_PASSWORD",
                    username);
        } else {
            LOG.warn(
                    "Created editor '{}' with the one-time password {} — it is shown only now; set"
                            + " CEASEFIRE_ADMIN_PASSWORD before the first start to choose it",
                    username,
                    secret);
        }
    }

    private static String oneTimePassword() {
        byte[] random = new byte[15];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
