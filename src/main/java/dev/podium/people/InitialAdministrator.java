package dev.podium.people;

import dev.podium.security.AccountService;
import dev.podium.security.PasswordPolicyViolation;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives a new production installation its first HR administrator from {@code PODIUM_ADMIN_EMAIL} and
 * {@code PODIUM_ADMIN_PASSWORD}, once, when no one holds the HR role. Several nodes starting together agree
 * through a cluster lock.
 */
@Component
@Order(10)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final PeopleProperties properties;
    private final EmployeeService employees;
    private final AccountService accounts;
    private final ClusterLock lock;
    private final TransactionTemplate transactions;

    InitialAdministrator(PeopleProperties properties, EmployeeService employees, AccountService accounts,
            ClusterLock lock, TransactionTemplate transactions) {
        this.properties = properties;
        this.employees = employees;
        this.accounts = accounts;
        this.lock = lock;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        PeopleProperties.InitialAdmin admin = properties.initialAdmin();
        if (admin == null || !admin.configured()) {
            return;
        }
        // One transaction: a password the policy refuses must not leave an HR administrator without a password
        // behind, since every later start would then see an HR administrator and never set one.
        lock.runExclusively("podium.people.initial-admin", Duration.ofSeconds(30), () -> SystemUser.run(() ->
                transactions.executeWithoutResult(status -> {
                    if (accounts.anyActiveHrAdmin()) {
                        return;
                    }
                    var id = employees.register(new EmployeeDraft(admin.firstName(), admin.lastName(), admin.email(),
                            null, null, admin.country(), null, Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Locale.ENGLISH));
                    try {
                        accounts.setPassword(id, admin.password());
                    } catch (PasswordPolicyViolation e) {
                        throw new IllegalStateException("PODIUM_ADMIN_PASSWORD is refused by the password policy ("
                                + e.messageKey() + "); no HR administrator was created", e);
                    }
                    log.info("Created the first HR administrator {}", admin.email());
                })));
    }
}
