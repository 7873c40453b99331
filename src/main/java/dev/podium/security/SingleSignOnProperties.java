package dev.podium.security;

import dev.podium.shared.Role;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.security.sso.*}: one OpenID Connect provider (on when an issuer and a client id are set), and
 * whether passwords still sign people in.
 *
 * @param issuerUri the provider's issuer; its discovery document ({@code /.well-known/openid-configuration}) is
 *        read at start
 * @param clientId Podium's client id at the provider
 * @param clientSecret Podium's client secret (empty for a public client)
 * @param displayName the provider's name on the login page ("Sign in with …")
 * @param matchBy what identifies the person in Podium: {@code EMAIL} (the account's e-mail address) or
 *        {@code EXTERNAL_ID} (the HRIS employee id)
 * @param matchClaim the ID token or user-info claim holding that value
 * @param groupsClaim the claim listing the person's groups; empty: roles stay as HR set them in Podium
 * @param groupRoles which group gives which Podium role, used only with {@code groupsClaim}:
 *        {@code group=ROLE} pairs separated by commas, e.g. {@code podium-hr=HR_ADMIN,podium-coaches=COACH}; a group
 *        may be named twice for two roles
 * @param scopes the scopes Podium asks for
 * @param passwordLogin whether people may sign in with a Podium password
 * @param breakGlassAdmins e-mail addresses of HR administrators who may sign in with a password even when
 *        {@code passwordLogin} is off (for when the provider is down)
 */
@ConfigurationProperties("podium.security.sso")
public record SingleSignOnProperties(
        @DefaultValue("") String issuerUri,
        @DefaultValue("") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("Single sign-on") String displayName,
        @DefaultValue("EMAIL") MatchBy matchBy,
        @DefaultValue("email") String matchClaim,
        @DefaultValue("") String groupsClaim,
        @DefaultValue("") String groupRoles,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        @DefaultValue("true") boolean passwordLogin,
        @DefaultValue List<String> breakGlassAdmins) {

    /** The registration id in Spring Security and in the callback path {@code /login/oauth2/code/podium}. */
    public static final String REGISTRATION_ID = "podium";

    public enum MatchBy {
        EMAIL, EXTERNAL_ID
    }

    public SingleSignOnProperties {
        groupRoleMap(groupRoles);
    }

    /** The parsed {@code groupRoles}; a bad pair stops the start with a message naming it. */
    Map<String, Set<Role>> groupRoleMap() {
        return groupRoleMap(groupRoles);
    }

    private static Map<String, Set<Role>> groupRoleMap(String pairs) {
        Map<String, Set<Role>> map = new java.util.HashMap<>();
        for (String pair : pairs.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.lastIndexOf('=');
            String role = eq < 0 ? "" : pair.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            if (eq <= 0 || Role.grantableRoles().stream().noneMatch(r -> r.name().equals(role))) {
                throw new IllegalArgumentException("podium.security.sso.group-roles: '" + pair.strip()
                        + "' is not group=ROLE with ROLE one of EMPLOYEE, COACH, LINE_MANAGER, HR_ADMIN");
            }
            map.computeIfAbsent(pair.substring(0, eq).strip(), g -> java.util.EnumSet.noneOf(Role.class))
                    .add(Role.valueOf(role));
        }
        return map;
    }

    public boolean enabled() {
        return !issuerUri.isBlank() && !clientId.isBlank();
    }

    /** Whether this address may sign in with a password now. */
    boolean passwordAllowedFor(String normalisedEmail) {
        return passwordLogin || !enabled()
                || breakGlassAdmins.stream().map(a -> a.strip().toLowerCase(Locale.ROOT))
                        .anyMatch(normalisedEmail::equals);
    }
}
