package dev.podium.security;

import java.util.List;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, refuses to start while an enabled account can still be opened with the published
 * demo password: a copied demo database must never become a production system with known passwords.
 */
@Component
@Profile("!demo")
class DemoPasswordGuard implements SmartInitializingSingleton {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    DemoPasswordGuard(UserAccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> exposed = accounts.findByDemoTrueAndEnabledTrue().stream()
                .filter(account -> account.passwordHash() != null
                        && passwordEncoder.matches(DemoCredentials.PASSWORD, account.passwordHash()))
                .map(UserAccount::username)
                .toList();
        if (!exposed.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + exposed.size()
                    + " enabled account(s) still use the published demo password (for example " + exposed.getFirst()
                    + "). Deactivate them or change their passwords, or start with the 'demo' profile.");
        }
    }
}
