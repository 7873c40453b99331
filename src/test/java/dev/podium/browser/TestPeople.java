package dev.podium.browser;

import dev.podium.AsHr;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.security.AccountService;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh people for journeys that change someone's state (lockout, deactivation, preferences), registered
 * through the application's own service with a password set, so no test touches the shared demo accounts and
 * no test depends on another having run.
 */
final class TestPeople {

    /** Domain of every e-mail address the journeys make up. */
    static final String DOMAIN = "journeys.podium.test";

    private final EmployeeService employees;
    private final AccountService accounts;
    private final UserDetailsService users;

    TestPeople(ApplicationContext context) {
        this.employees = context.getBean(EmployeeService.class);
        this.accounts = context.getBean(AccountService.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** An active person with these roles, this UI language and a password, ready to sign in. */
    Person create(String firstName, Set<Role> roles, Locale language) {
        String suffix = uniqueSuffix();
        String lastName = "Journey" + suffix;
        String email = uniqueEmail(firstName);
        String password = "journey-password-" + suffix;
        EmployeeId id = AsHr.call(() -> {
            EmployeeId registered = employees.register(new EmployeeDraft(firstName, lastName, email, null, null, "DK",
                    null, EnumSet.copyOf(roles), language));
            employees.setPassword(registered, "handed-out-" + suffix);
            return registered;
        });
        choosesOwnPassword(email, "handed-out-" + suffix, password);
        return new Person(id, firstName, lastName, email, password);
    }

    /**
     * Gives someone who exists already (imported, say) a password through HR's path, replaced by their own as at
     * their first sign-in; returns the password they sign in with.
     */
    String givePassword(EmployeeId id, String email) {
        String suffix = uniqueSuffix();
        AsHr.run(() -> employees.setPassword(id, "handed-out-" + suffix));
        String own = "journey-password-" + suffix;
        choosesOwnPassword(email, "handed-out-" + suffix, own);
        return own;
    }

    /**
     * A password HR sets must be replaced at the next sign-in; the journeys start after that, so the person
     * replaces it here, through the same service call their account page makes.
     */
    private void choosesOwnPassword(String email, String handedOut, String own) {
        SignIn.run(users, email, () -> accounts.changeOwnPassword(handedOut, own));
    }

    /** An e-mail address nobody has yet: the name, a random suffix and {@link #DOMAIN}. */
    static String uniqueEmail(String name) {
        return name.toLowerCase(Locale.ROOT) + "." + uniqueSuffix() + "@" + DOMAIN;
    }

    /** Eight random lower-case letters and digits. */
    static String uniqueSuffix() {
        String digits = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36 * 36),
                Character.MAX_RADIX);
        return "0".repeat(8 - digits.length()) + digits;
    }

    record Person(EmployeeId id, String firstName, String lastName, String email, String password) {

        String fullName() {
            return firstName + " " + lastName;
        }
    }
}
