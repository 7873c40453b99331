package dev.podium.people;

import dev.podium.security.AccountService;
import dev.podium.security.Role;
import dev.podium.security.SystemUser;
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

    InitialAdministrator(PeopleProperties properties, EmployeeService employees, AccountService accounts,
            ClusterLock lock) {
        this.properties = properties;
        this.employees = employees;
        this.accounts = accounts;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        PeopleProperties.InitialAdmin admin = properties.initialAdmin();
        if (admin == null || !admin.configured()) {
            return;
        }
        lock.runExclusively("podium.people.initial-admin", Duration.ofSeconds(30), () -> SystemUser.run(() -> {
            if (accounts.anyActiveHrAdmin()) {
                return;
            }
            var id = employees.register(new EmployeeDraft(admin.firstName(), admin.lastName(), admin.email(), null,
                    null, admin.country(), null, Set.of(Role.HR_ADMIN, Role.EMPLOYEE), Locale.ENGLISH));
            accounts.setPassword(id, admin.password());
            log.info("Created the first HR administrator {}", admin.email());
        }));
    }
}
