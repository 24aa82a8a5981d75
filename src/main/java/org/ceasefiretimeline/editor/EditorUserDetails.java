package org.ceasefiretimeline.editor;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Editor accounts from the database; being a bean, it also stops Boot from inventing an in-memory
 * user.
 */
@Service
class EditorUserDetails implements UserDetailsService {

    private final EditorAccountRepository accounts;

    EditorUserDetails(EditorAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(
                        a ->
                                User.withUsername(a.getUsername())
                                        .password(a.getPasswordHash())
                                        .roles(a.getRole())
                                        .disabled(!a.isEnabled())
                                        .build())
                .orElseThrow(() -> new UsernameNotFoundException("no editor named " + username));
    }
}
