package org.ceasefiretimeline.editor;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EditorAccountRepository extends JpaRepository<EditorAccount, Long> {

    Optional<EditorAccount> findByUsername(String username);
}
