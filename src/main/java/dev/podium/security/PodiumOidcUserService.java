package dev.podium.security;

import dev.podium.shared.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns the provider's verified ID token (and user info) into a Podium session: the person must be an active
 * employee Podium already knows, matched by the configured claim; the register in Podium, fed by the HRIS, stays
 * the source of truth. Roles are Podium's, or with a groups mapping configured, taken from the groups claim.
 */
@Component
class PodiumOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final Logger log = LoggerFactory.getLogger(PodiumOidcUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final UserAccountRepository accounts;
    private final SingleSignOnProperties properties;
    private final ObjectProvider<EmployeeDirectory> directory;
    private final Clock clock;

    PodiumOidcUserService(UserAccountRepository accounts, SingleSignOnProperties properties,
            ObjectProvider<EmployeeDirectory> directory, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    @Transactional
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser verified = provider.loadUser(request);
        Object claim = verified.getClaims().get(properties.matchClaim());
        if (claim == null || claim.toString().isBlank()) {
            log.warn("Single sign-on refused: the provider sent no '{}' claim", properties.matchClaim());
            throw new SingleSignOnRefused(SingleSignOnRefused.NO_CLAIM, "No " + properties.matchClaim() + " claim");
        }
        Optional<UserAccount> match = switch (properties.matchBy()) {
            case EMAIL -> accounts.findByUsername(AccountService.normaliseUsername(claim.toString()));
            case EXTERNAL_ID -> Optional.ofNullable(directory.getIfAvailable())
                    .flatMap(d -> d.employeeWithExternalId(claim.toString().strip()))
                    .flatMap(id -> accounts.findByEmployeeId(id.value()));
        };
        UserAccount account = match.orElseThrow(() -> {
            log.info("Single sign-on refused: nobody in Podium matches the provider's {}", properties.matchClaim());
            return new SingleSignOnRefused(SingleSignOnRefused.UNKNOWN, "Unknown person");
        });
        if (!account.enabled()) {
            log.info("Single sign-on refused: employee {} is deactivated", account.employeeId());
            throw new SingleSignOnRefused(SingleSignOnRefused.DEACTIVATED, "Deactivated");
        }
        if (!properties.groupsClaim().isBlank()) {
            account.rolesFromProvider(rolesFrom(verified.getClaims().get(properties.groupsClaim())), clock.instant());
        }
        // a lock from failed password attempts does not stop the provider's sign-in: the provider checked the person
        return new PodiumOidcUser(new PodiumUser(account, false, true), verified.getIdToken(), verified.getUserInfo());
    }

    /** The Podium roles of the person's groups; someone in no mapped group is an employee. */
    Set<Role> rolesFrom(Object groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        java.util.Map<String, Set<Role>> mapping = properties.groupRoleMap();
        if (groups instanceof Collection<?> names) {
            names.forEach(name -> roles.addAll(mapping.getOrDefault(String.valueOf(name), Set.of())));
        } else if (groups != null) {
            roles.addAll(mapping.getOrDefault(groups.toString(), Set.of()));
        }
        if (roles.isEmpty()) {
            roles.add(Role.EMPLOYEE);
        }
        return roles;
    }

}
