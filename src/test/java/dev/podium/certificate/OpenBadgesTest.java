package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.shared.EmployeeId;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Open Badges 3.0 credentials: valid against the 1EdTech schema, signed, and any change breaks the proof. */
class OpenBadgesTest {

    static final CertificateProperties PROPERTIES = new CertificateProperties(Period.ofMonths(24), 60, 8, 15,
            "https://podium.example.com/", "Podium Academy", 30, Duration.ofMinutes(1), null, null, "podium-issuer",
            "-", null);
    static final KeyPair KEYS = generate();
    static final OpenBadges BADGES = new OpenBadges(new IssuerKeys(KEYS, PROPERTIES), PROPERTIES,
            new PublicAddress("https://podium.example.com/"), new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key + (params.length == 0 ? "" : " " + List.of(params));
        }
    });

    static Certificate certificate() {
        return new Certificate(new Certificate.Facts(EmployeeId.of(42), CertificateKind.COURSE,
                "social-media-guidelines", "Social media guidelines", "2026.1", "course-1", "Zoë Łukasiewicz-Ørsted",
                "en", Instant.parse("2026-11-22T10:15:30.123Z"), null, null, LocalDate.parse("2028-11-22"), null),
                VerificationCodes.next());
    }

    @Test
    void the_credential_is_valid_against_the_open_badges_3_schema() throws Exception {
        JsonNode credential = OpenBadges.JSON.readTree(BADGES.credential(certificate()));

        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/standards/openbadges-3.0/achievementcredential.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
        }
        List<Error> errors = schema.validate(credential);

        assertThat(errors).isEmpty();
        assertThat(credential.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
        assertThat(credential.get("@context").get(0).asString()).isEqualTo("https://www.w3.org/ns/credentials/v2");
        assertThat(credential.get("validFrom").asString()).isEqualTo("2026-11-22T10:15:30Z");
        assertThat(credential.get("validUntil").asString()).isEqualTo("2028-11-22T23:59:59Z");
        assertThat(credential.get("issuer").get("id").asString()).isEqualTo("https://podium.example.com/issuer");
    }

    @Test
    void a_credential_missing_what_the_schema_requires_is_refused_by_it() throws Exception {
        ObjectNode credential = (ObjectNode) OpenBadges.JSON.readTree(BADGES.credential(certificate()));
        credential.remove("credentialSubject");
        try (InputStream in = getClass().getResourceAsStream("/standards/openbadges-3.0/achievementcredential.json")) {
            assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in)
                    .validate(credential)).isNotEmpty();
        }
    }

    @Test
    void the_proof_verifies_with_the_published_key_and_fails_for_any_change() throws Exception {
        String signed = BADGES.credential(certificate());
        JsonNode profile = OpenBadges.JSON.readTree(BADGES.issuerProfile());
        JsonNode method = profile.get("verificationMethod").get(0);
        JsonNode proof = OpenBadges.JSON.readTree(signed).get("proof").get(0);

        assertThat(proof.get("type").asString()).isEqualTo("DataIntegrityProof");
        assertThat(proof.get("cryptosuite").asString()).isEqualTo("eddsa-jcs-2022");
        assertThat(proof.get("verificationMethod").asString()).isEqualTo(method.get("id").asString());
        assertThat(method.get("publicKeyMultibase").asString()).startsWith("z6Mk");
        var published = IssuerKeys.fromMultibase(method.get("publicKeyMultibase").asString());
        assertThat(published).isEqualTo(KEYS.getPublic());

        assertThat(OpenBadges.verify(signed, published)).isTrue();
        // whitespace and member order do not matter: the proof covers the canonical form
        assertThat(OpenBadges.verify(OpenBadges.JSON.writeValueAsString(OpenBadges.JSON.readTree(signed)), published))
                .isTrue();

        assertThat(OpenBadges.verify(signed.replace("Social media guidelines", "Social media guidelinez"),
                published)).isFalse();
        assertThat(OpenBadges.verify(signed.replace("2028-11-22T23:59:59Z", "2099-11-22T23:59:59Z"), published))
                .isFalse();
        assertThat(OpenBadges.verify(signed.replace("\"assertionMethod\"", "\"authentication\""), published))
                .isFalse();
        assertThat(OpenBadges.verify(signed, generate().getPublic())).isFalse();
        ObjectNode unsigned = (ObjectNode) OpenBadges.JSON.readTree(signed);
        unsigned.remove("proof");
        assertThat(OpenBadges.verify(unsigned.toString(), published)).isFalse();
    }

    @Test
    void base58_round_trips_leading_zeros() {
        byte[] bytes = {0, 0, 1, 2, (byte) 0xff};
        assertThat(Base58.decode(Base58.encode(bytes))).isEqualTo(bytes);
        assertThat(Base58.encode(new byte[] {0, 0})).isEqualTo("11");
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
