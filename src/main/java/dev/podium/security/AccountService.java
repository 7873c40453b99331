package dev.podium.security;

import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of the people in {@code people}: created and changed along with the person's record, unlocked,
 * deactivated and given passwords by HR, and each person's own password and preferences.
 */
@Service
public class AccountService {

    private static final int BATCH = 1_000;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final SecurityProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final PasswordRules passwordRules;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, SecurityProperties properties,
            CurrentUser currentUser, Clock clock, LoginThrottle throttle, PasswordRules passwordRules) {
        this.throttle = throttle;
        this.passwordRules = passwordRules;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates the person's account, or brings an existing one in line with HR's record. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public void saveAccount(EmployeeId employeeId, AccountDraft draft) {
        Instant now = clock.instant();
        String username = normaliseUsername(draft.username());
        AccountDraft normalised = new AccountDraft(username, draft.displayName(), draft.roles(), draft.locale());
        accounts.findByEmployeeId(employeeId.value()).ifPresentOrElse(
                account -> account.apply(normalised, now),
                () -> accounts.save(new UserAccount(employeeId.value(), normalised, now)));
    }

    /**
     * Creates or renames many accounts at once, for an import: one query per thousand people. Existing accounts keep
     * their roles, language and password and take only the new username and display name; new accounts get the
     * draft's roles and language.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public void saveAccounts(Map<EmployeeId, AccountDraft> drafts) {
        Instant now = clock.instant();
        List<Map.Entry<EmployeeId, AccountDraft>> entries = List.copyOf(drafts.entrySet());
        for (int from = 0; from < entries.size(); from += BATCH) {
            List<Map.Entry<EmployeeId, AccountDraft>> chunk = entries.subList(from,
                    Math.min(entries.size(), from + BATCH));
            Map<Long, UserAccount> existing = accounts.findByEmployeeIdIn(
                    chunk.stream().map(e -> e.getKey().value()).toList()).stream()
                    .collect(Collectors.toMap(UserAccount::employeeId, Function.identity()));
            List<UserAccount> created = new java.util.ArrayList<>();
            for (Map.Entry<EmployeeId, AccountDraft> entry : chunk) {
                AccountDraft draft = entry.getValue();
                String username = normaliseUsername(draft.username());
                UserAccount account = existing.get(entry.getKey().value());
                if (account == null) {
                    created.add(new UserAccount(entry.getKey().value(),
                            new AccountDraft(username, draft.displayName(), draft.roles(), draft.locale()), now));
                } else {
                    account.rename(username, draft.displayName(), now);
                }
            }
            accounts.saveAll(created);
        }
    }

    /** Deactivates many accounts at once (leavers of an import); their sessions end. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void deactivateAll(Collection<EmployeeId> employeeIds) {
        Instant now = clock.instant();
        forEachAccount(employeeIds, account -> account.deactivate(now));
    }

    /** Reactivates many accounts at once (people an import lists as employed again). */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void reactivateAll(Collection<EmployeeId> employeeIds) {
        Instant now = clock.instant();
        forEachAccount(employeeIds, account -> account.reactivate(now));
    }

    /**
     * How to reach people by e-mail, for the system's mail: the account's username (their e-mail address), language
     * and whether it is enabled. People without an account are left out.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public Map<EmployeeId, MailContact> mailContacts(Collection<EmployeeId> employeeIds) {
        Map<EmployeeId, MailContact> contacts = new java.util.HashMap<>();
        List<Long> ids = employeeIds.stream().map(EmployeeId::value).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (UserAccount account : accounts.findByEmployeeIdIn(ids.subList(from,
                    Math.min(ids.size(), from + BATCH)))) {
                contacts.put(EmployeeId.of(account.employeeId()), new MailContact(account.username(),
                        account.displayName(), account.locale(), account.enabled()));
            }
        }
        return contacts;
    }

    private void forEachAccount(Collection<EmployeeId> employeeIds, java.util.function.Consumer<UserAccount> change) {
        List<Long> ids = employeeIds.stream().map(EmployeeId::value).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            accounts.findByEmployeeIdIn(ids.subList(from, Math.min(ids.size(), from + BATCH))).forEach(change);
        }
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void deactivate(EmployeeId employeeId) {
        account(employeeId).deactivate(clock.instant());
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void reactivate(EmployeeId employeeId) {
        account(employeeId).reactivate(clock.instant());
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void unlock(EmployeeId employeeId) {
        UserAccount account = account(employeeId);
        account.unlock(clock.instant());
        throttle.unlock(account.id());
    }

    /**
     * HR hands a person a password to start with; their existing sessions end, and they must choose their own
     * password when they next sign in.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public void setPassword(EmployeeId employeeId, String password) {
        UserAccount account = account(employeeId);
        passwordRules.check(password, account.username(), account.displayName());
        account.assignPassword(passwordEncoder.encode(password), clock.instant());
    }

    /**
     * Gives a seeded demo account the published demo password and marks it, so that a production start can
     * refuse to run while such an account is still usable.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void useDemoPassword(EmployeeId employeeId) {
        account(employeeId).useDemoPassword(passwordEncoder.encode(DemoCredentials.PASSWORD), clock.instant());
    }

    /**
     * {@link #useDemoPassword} for many seeded accounts at once. The public password is hashed once for all of them:
     * a bcrypt hash per person would add seconds to the demo's first start and protect nothing.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void useDemoPassword(Collection<EmployeeId> employeeIds) {
        String hash = passwordEncoder.encode(DemoCredentials.PASSWORD);
        Instant now = clock.instant();
        for (EmployeeId id : employeeIds) {
            account(id).useDemoPassword(hash, now);
        }
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public Optional<AccountStatus> status(EmployeeId employeeId) {
        Instant now = clock.instant();
        return accounts.findByEmployeeId(employeeId.value())
                .map(account -> account.status(now, throttle.lock(account.id()).orElse(null)));
    }

    /** Statuses of a page of people in one query. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public Map<EmployeeId, AccountStatus> statuses(Collection<EmployeeId> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        Instant now = clock.instant();
        List<UserAccount> found = accounts.findByEmployeeIdIn(employeeIds.stream().map(EmployeeId::value).toList());
        Map<Long, LoginThrottle.Lock> locks = throttle.locks(found.stream().map(UserAccount::id).toList());
        return found.stream()
                .map(account -> account.status(now, locks.get(account.id())))
                .collect(Collectors.toMap(AccountStatus::employeeId, Function.identity()));
    }

    /** Who holds a role on an enabled account, for assigning work such as coaching to one of them. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<EmployeeId> enabledHoldersOf(Role role) {
        return accounts.findEnabledEmployeeIdsWithRole(role).stream().map(EmployeeId::of).toList();
    }

    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public boolean anyActiveHrAdmin() {
        return accounts.existsEnabledWithRole(Role.HR_ADMIN);
    }

    /** The signed-in person changes their own password after proving they know the current one. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount account = ownAccount();
        if (account.passwordHash() == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new PasswordPolicyViolation("password.error.current-wrong");
        }
        if (currentPassword.equals(newPassword)) {
            throw new PasswordPolicyViolation("password.error.same");
        }
        passwordRules.check(newPassword, account.username(), account.displayName());
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        keepThisSessionSignedIn(account);
    }

    /**
     * A new password ends every session of the person (the session version goes up), except the one that changed
     * it: its principal takes the new version, in the security context and in the HTTP session that keeps it.
     */
    private void keepThisSessionSignedIn(UserAccount account) {
        org.springframework.security.core.context.SecurityContext context =
                org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.Authentication current = context.getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof PodiumUser user)) {
            return;
        }
        PodiumUser renewed = new PodiumUser(account, false, user.viaSingleSignOn());
        renewed.eraseCredentials();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(renewed, null, renewed.getAuthorities()));
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
            jakarta.servlet.http.HttpSession session = attributes.getRequest().getSession(false);
            if (session != null) {
                session.setAttribute(org.springframework.security.web.context.HttpSessionSecurityContextRepository
                        .SPRING_SECURITY_CONTEXT_KEY, context);
            }
        }
    }

    /** Whether the signed-in person still has a password HR handed out, which they must replace first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean ownPasswordChangeRequired() {
        // someone signed in through the identity provider does not use the handed-out password at all
        boolean viaProvider = PodiumUser.current().map(PodiumUser::viaSingleSignOn).orElse(false);
        return !viaProvider && ownAccount().passwordChangeRequired();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Preferences ownPreferences() {
        UserAccount account = ownAccount();
        return new Preferences(account.locale(), account.colorScheme());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void saveOwnPreferences(Preferences preferences) {
        ownAccount().choosePreferences(preferences.locale(), preferences.colorScheme(), clock.instant());
    }

    private UserAccount ownAccount() {
        PodiumUser user = PodiumUser.current()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not signed in"));
        return accounts.findById(user.accountId()).orElseThrow();
    }

    private UserAccount account(EmployeeId employeeId) {
        return accounts.findByEmployeeId(employeeId.value())
                .orElseThrow(() -> new IllegalArgumentException("No account for employee " + employeeId));
    }

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
