package dev.podium.security;

import dev.podium.shared.SignedInPrincipal;
import dev.podium.shared.SignedInUser;
import java.io.Serial;
import java.util.Collection;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person signed in through the identity provider: Podium's own principal (account, roles, session version) with
 * the provider's ID token, which RP-initiated logout sends back as {@code id_token_hint}.
 */
final class PodiumOidcUser implements OidcUser, SignedInPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PodiumUser podiumUser;
    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    PodiumOidcUser(PodiumUser podiumUser, OidcIdToken idToken, OidcUserInfo userInfo) {
        this.podiumUser = podiumUser;
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public SignedInUser signedInUser() {
        return podiumUser.signedInUser();
    }

    PodiumUser podiumUser() {
        return podiumUser;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return idToken.getClaims();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return podiumUser.getAuthorities();
    }

    /** Podium's username (the e-mail address), so logs and Vaadin name the same person either way. */
    @Override
    public String getName() {
        return podiumUser.getUsername();
    }
}
