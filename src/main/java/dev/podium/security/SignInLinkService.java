package dev.podium.security;

import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Day-one sign-in without anyone handing out passwords: HR invites people by e-mail, and anyone may ask for a
 * new password from the login page. Both send a one-time link: 256 random bits, of which only the SHA-256 is
 * stored; it works once, until it expires ({@code podium.security.links.*}), and a newer link of the same kind
 * replaces it.
 *
 * <p>The methods behind the public pages ({@link #requestPasswordReset}, {@link #check}, {@link #choosePassword})
 * are open to anonymous callers on purpose: they act only for whoever holds the link or the mailbox.
 */
@Service
public class SignInLinkService {

    /** The public page a link opens: {@code set-password/<token>}. */
    public static final String LINK_ROUTE = "set-password";

    private static final Logger log = LoggerFactory.getLogger(SignInLinkService.class);
    private static final int BATCH = 1_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final SignInLinkRepository links;
    private final SignInMailer mailer;
    private final ResetRequestLimit limit;
    private final PasswordEncoder passwordEncoder;
    private final PasswordRules passwordRules;
    private final SignInLinkProperties properties;
    private final SingleSignOnProperties sso;
    private final TransactionTemplate separately;
    private final TaskExecutor executor;
    private final Clock clock;

    SignInLinkService(UserAccountRepository accounts, SignInLinkRepository links, SignInMailer mailer,
            ResetRequestLimit limit, PasswordEncoder passwordEncoder, PasswordRules passwordRules,
            SignInLinkProperties properties, SingleSignOnProperties sso, PlatformTransactionManager transactions,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
        this.limit = limit;
        this.passwordEncoder = passwordEncoder;
        this.passwordRules = passwordRules;
        this.properties = properties;
        this.sso = sso;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.executor = executor;
        this.clock = clock;
    }

    /**
     * Invites people (again): each active person gets a mail in their language with a new one-time link to choose
     * a password (which replaces an earlier one), or, with single sign-on on, a link to the sign-in page. One
     * transaction per person, so a mail the server refuses leaves that person as they were.
     *
     * @throws MailNotConfigured when no mail server is configured
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public InvitationOutcome invite(Collection<EmployeeId> employeeIds) {
        if (!mailer.available()) {
            throw new MailNotConfigured();
        }
        List<Long> ids = employeeIds.stream().map(EmployeeId::value).distinct().toList();
        int sent = 0;
        int skipped = 0;
        int failed = 0;
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<UserAccount> found = accounts.findByEmployeeIdIn(chunk);
            skipped += chunk.size() - found.size();
            for (UserAccount account : found) {
                if (!account.enabled()) {
                    skipped++;
                    continue;
                }
                try {
                    separately.executeWithoutResult(status -> inviteOne(account.id()));
                    sent++;
                } catch (RuntimeException e) {
                    log.warn("Invitation for employee {} not sent: {}", account.employeeId(), e.getMessage());
                    failed++;
                }
            }
        }
        log.info("Invitations: {} sent, {} skipped, {} failed", sent, skipped, failed);
        return new InvitationOutcome(sent, skipped, failed);
    }

    private void inviteOne(long accountId) {
        UserAccount account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        account.invited(now);
        if (sso.enabled() && !sso.passwordAllowedFor(account.username())) {
            // the identity provider knows the person: the mail points at the sign-in page, no password to choose
            mailer.sendInvitation(account, null, null);
            return;
        }
        Instant expires = now.plus(Duration.ofDays(properties.invitationExpiryDays()));
        String token = issue(account, LinkPurpose.INVITATION, now, expires);
        mailer.sendInvitation(account, token, expires);
    }

    /** When each person was last invited and whether they have signed in, for a page of HR's list. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Map<EmployeeId, InvitationStatus> invitations(Collection<EmployeeId> employeeIds) {
        Map<EmployeeId, InvitationStatus> statuses = new HashMap<>();
        List<Long> ids = employeeIds.stream().map(EmployeeId::value).toList();
        for (int from = 0; from < ids.size(); from += BATCH) {
            for (UserAccount account : accounts.findByEmployeeIdIn(ids.subList(from,
                    Math.min(ids.size(), from + BATCH)))) {
                EmployeeId id = EmployeeId.of(account.employeeId());
                statuses.put(id, new InvitationStatus(id, account.invitedAt(), account.lastLoginAt()));
            }
        }
        return statuses;
    }

    /**
     * Someone on the login page forgot their password. The answer is the same whether or not the address belongs
     * to anyone: the mail (if any) goes out in the background, and the limits count unknown addresses too.
     *
     * @param clientAddress the requesting client's IP address, for the per-client limit
     * @throws TooManyRequests when the address or the client asked too often in the current window
     */
    @PermitAll
    public void requestPasswordReset(String email, String clientAddress) {
        String address = AccountService.normaliseUsername(email == null ? "" : email);
        if (!limit.allow(address, clientAddress)) {
            throw new TooManyRequests();
        }
        Instant now = clock.instant();
        Instant expires = now.plus(Duration.ofDays(properties.resetExpiryDays()));
        Optional<Mail> mail = separately.execute(status -> accounts.findByUsername(address)
                .filter(UserAccount::enabled)
                .filter(account -> sso.passwordAllowedFor(account.username()))
                .map(account -> new Mail(account, issue(account, LinkPurpose.RESET, now, expires))));
        mail.ifPresent(m -> executor.execute(() -> {
            try {
                mailer.sendReset(m.account(), m.token(), expires);
            } catch (RuntimeException e) {
                log.warn("Password reset mail not sent: {}", e.getMessage());
            }
        }));
    }

    /** What a link is worth, for the page it opens; nothing about the person unless the link still works. */
    @PermitAll
    @Transactional(readOnly = true)
    public LinkCheck check(String token) {
        Optional<SignInLink> link = find(token);
        if (link.isEmpty()) {
            return LinkCheck.refused(LinkState.UNKNOWN);
        }
        LinkState state = link.get().state(clock.instant());
        UserAccount account = accounts.findById(link.get().accountId()).orElse(null);
        if (account == null) {
            return LinkCheck.refused(LinkState.UNKNOWN);
        }
        if (!account.enabled()) {
            return LinkCheck.refused(LinkState.DEACTIVATED);
        }
        if (state != LinkState.VALID) {
            return LinkCheck.refused(state);
        }
        return new LinkCheck(state, link.get().purpose(), account.displayName(), account.username(),
                account.locale());
    }

    /**
     * Sets the password of the link's person and uses the link up (every other open link of theirs too). Their
     * open sessions end, a lock is lifted, and they sign in with the new password.
     *
     * @return the person's e-mail address, to fill in on the login page
     * @throws LinkRefused when the link no longer works
     * @throws PasswordPolicyViolation when the password breaks the rules
     */
    @PermitAll
    @Transactional
    public String choosePassword(String token, String password) {
        SignInLink link = find(token).orElseThrow(() -> new LinkRefused(LinkState.UNKNOWN));
        Instant now = clock.instant();
        LinkState state = link.state(now);
        UserAccount account = accounts.findById(link.accountId())
                .orElseThrow(() -> new LinkRefused(LinkState.UNKNOWN));
        if (!account.enabled()) {
            throw new LinkRefused(LinkState.DEACTIVATED);
        }
        if (state != LinkState.VALID) {
            throw new LinkRefused(state);
        }
        passwordRules.check(password, account.username(), account.displayName());
        account.changePassword(passwordEncoder.encode(password), now);
        link.use(now);
        for (LinkPurpose purpose : LinkPurpose.values()) {
            links.findByAccountIdAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(account.id(), purpose)
                    .forEach(other -> other.supersede(now));
        }
        return account.username();
    }

    private String issue(UserAccount account, LinkPurpose purpose, Instant now, Instant expires) {
        links.findByAccountIdAndPurposeAndUsedAtIsNullAndSupersededAtIsNull(account.id(), purpose)
                .forEach(older -> older.supersede(now));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        links.save(new SignInLink(account.id(), purpose, ResetRequestLimit.sha256(token), now, expires));
        return token;
    }

    private Optional<SignInLink> find(String token) {
        // a real token is 43 characters of base64url; anything else is not looked up at all
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return links.findByTokenHash(ResetRequestLimit.sha256(token));
    }

    private record Mail(UserAccount account, String token) {
    }
}
