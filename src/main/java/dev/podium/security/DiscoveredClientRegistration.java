package dev.podium.security;

import java.util.Iterator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

/**
 * Podium's one client registration, read from the provider's discovery document the first time someone signs in
 * (not at start: Podium starts, and password sign-in works, while the provider is unreachable; the next attempt
 * tries again). Once read, it is kept.
 */
final class DiscoveredClientRegistration implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private static final Logger log = LoggerFactory.getLogger(DiscoveredClientRegistration.class);

    private final SingleSignOnProperties properties;
    private volatile ClientRegistration registration;

    DiscoveredClientRegistration(SingleSignOnProperties properties) {
        this.properties = properties;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!properties.enabled() || !SingleSignOnProperties.REGISTRATION_ID.equals(registrationId)) {
            return null;
        }
        ClientRegistration current = registration;
        if (current == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discover();
                }
                current = registration;
            }
        }
        return current;
    }

    private ClientRegistration discover() {
        try {
            boolean confidential = !properties.clientSecret().isBlank();
            ClientRegistration discovered = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                    .registrationId(SingleSignOnProperties.REGISTRATION_ID)
                    .clientId(properties.clientId())
                    .clientSecret(confidential ? properties.clientSecret() : null)
                    .clientAuthenticationMethod(confidential ? ClientAuthenticationMethod.CLIENT_SECRET_BASIC
                            : ClientAuthenticationMethod.NONE)
                    .scope(properties.scopes())
                    .clientName(properties.displayName())
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    // PKCE for a confidential client too (Spring adds it by itself only for public clients)
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                    .build();
            log.info("Single sign-on provider discovered at {}", properties.issuerUri());
            return discovered;
        } catch (RuntimeException e) {
            log.warn("Single sign-on provider at {} could not be read: {}", properties.issuerUri(), e.getMessage());
            throw e;
        }
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        ClientRegistration found = findByRegistrationId(SingleSignOnProperties.REGISTRATION_ID);
        return found == null ? List.<ClientRegistration>of().iterator() : List.of(found).iterator();
    }
}
