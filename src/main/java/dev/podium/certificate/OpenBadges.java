package dev.podium.certificate;

import com.vaadin.flow.i18n.I18NProvider;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Certificates as Open Badges 3.0 credentials ({@code OpenBadgeCredential}, a W3C Verifiable Credential 2.0 in
 * JSON-LD) secured by an embedded {@code DataIntegrityProof} with the {@code eddsa-jcs-2022} cryptosuite: the
 * Ed25519 signature over SHA-256(JCS(proof options)) ‖ SHA-256(JCS(credential)). The issuer's public key is published
 * as a Multikey in the issuer profile at {@code /issuer}.
 */
@Component
class OpenBadges {

    static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";
    static final String CRYPTOSUITE = "eddsa-jcs-2022";
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final IssuerKeys keys;
    private final CertificateProperties properties;
    private final PublicAddress address;
    private final I18NProvider translations;

    OpenBadges(IssuerKeys keys, CertificateProperties properties, PublicAddress address, I18NProvider translations) {
        this.keys = keys;
        this.properties = properties;
        this.address = address;
        this.translations = translations;
    }

    String issuerId() {
        return address.base() + "/issuer";
    }

    String verificationMethod() {
        return issuerId() + "#key-1";
    }

    /** The signed credential, pretty-printed. */
    String credential(Certificate certificate) {
        ObjectNode credential = unsigned(certificate);
        // the OB 3.0 schema wants a set of proofs, even of one
        ObjectNode proof = proof(credential, certificate.issuedAt());
        credential.putArray("proof").add(proof);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(credential);
    }

    ObjectNode unsigned(Certificate certificate) {
        Locale language = Locale.forLanguageTag(certificate.language());
        ObjectNode credential = JSON.createObjectNode();
        credential.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT);
        credential.put("id", address.verifyUrl(certificate.verificationCode()));
        credential.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        credential.put("name", certificate.achievementTitle());
        ObjectNode issuer = credential.putObject("issuer");
        issuer.put("id", issuerId());
        issuer.putArray("type").add("Profile");
        issuer.put("name", properties.issuerName());
        issuer.put("url", address.base());
        credential.put("validFrom", timestamp(certificate.issuedAt()));
        if (certificate.expiresOn() != null) {
            // valid through the whole last day (UTC)
            credential.put("validUntil", timestamp(certificate.expiresOn().plusDays(1).atStartOfDay(ZoneOffset.UTC)
                    .toInstant().minusSeconds(1)));
        }
        ObjectNode subject = credential.putObject("credentialSubject");
        subject.putArray("type").add("AchievementSubject");
        ObjectNode identity = subject.putArray("identifier").addObject();
        identity.put("type", "IdentityObject");
        identity.put("hashed", false);
        identity.put("identityHash", certificate.employeeName());
        identity.put("identityType", "name");
        ObjectNode achievement = subject.putObject("achievement");
        achievement.put("id", address.base() + "/achievements/" + certificate.achievementId());
        achievement.putArray("type").add("Achievement");
        achievement.put("achievementType", certificate.kind() == CertificateKind.COURSE ? "CertificateOfCompletion"
                : "Certificate");
        achievement.put("name", certificate.achievementTitle());
        achievement.put("description", translations.getTranslation("certificate.ob.description", language,
                certificate.achievementTitle(), properties.issuerName()));
        achievement.putObject("criteria").put("narrative", translations.getTranslation(
                "certificate.ob.criteria." + certificate.kind().name().toLowerCase(Locale.ROOT), language));
        ObjectNode achievementIssuer = achievement.putObject("creator");
        achievementIssuer.put("id", issuerId());
        achievementIssuer.putArray("type").add("Profile");
        achievementIssuer.put("name", properties.issuerName());
        return credential;
    }

    /** The issuer profile with its public key as a Multikey verification method, for anyone to verify with. */
    String issuerProfile() {
        ObjectNode profile = JSON.createObjectNode();
        profile.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT).add(MULTIKEY_CONTEXT);
        profile.put("id", issuerId());
        profile.putArray("type").add("Profile");
        profile.put("name", properties.issuerName());
        profile.put("url", address.base());
        ObjectNode method = profile.putArray("verificationMethod").addObject();
        method.put("id", verificationMethod());
        method.put("type", "Multikey");
        method.put("controller", issuerId());
        method.put("publicKeyMultibase", keys.publicKeyMultibase());
        profile.putArray("assertionMethod").add(verificationMethod());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(profile);
    }

    private ObjectNode proof(ObjectNode unsigned, Instant created) {
        ObjectNode options = JSON.createObjectNode();
        options.put("type", "DataIntegrityProof");
        options.put("cryptosuite", CRYPTOSUITE);
        options.put("created", timestamp(created));
        options.put("verificationMethod", verificationMethod());
        options.put("proofPurpose", "assertionMethod");
        byte[] signature = keys.sign(hashData(unsigned, options));
        ObjectNode proof = options.deepCopy();
        proof.put("proofValue", "z" + Base58.encode(signature));
        return proof;
    }

    /**
     * Verifies an {@code eddsa-jcs-2022} proof (one, alone or in a set of one) against a public key: false for any
     * change to the credential or the proof options, a wrong key, or a proof of another kind.
     */
    static boolean verify(String credentialJson, PublicKey key) {
        try {
            JsonNode parsed = JSON.readTree(credentialJson);
            if (!(parsed instanceof ObjectNode credential)) {
                return false;
            }
            JsonNode proofs = credential.get("proof");
            // one proof, alone or as a set of one (as Podium writes it)
            JsonNode single = proofs instanceof ArrayNode array && array.size() == 1 ? array.get(0) : proofs;
            if (!(single instanceof ObjectNode proof)) {
                return false;
            }
            if (!"DataIntegrityProof".equals(proof.path("type").asString(""))
                    || !CRYPTOSUITE.equals(proof.path("cryptosuite").asString(""))
                    || !proof.path("proofValue").asString("").startsWith("z")) {
                return false;
            }
            ObjectNode unsigned = credential.deepCopy();
            unsigned.remove("proof");
            ObjectNode options = proof.deepCopy();
            options.remove("proofValue");
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(hashData(unsigned, options));
            return verifier.verify(Base58.decode(proof.get("proofValue").asString().substring(1)));
        } catch (GeneralSecurityException | IllegalArgumentException | tools.jackson.core.JacksonException e) {
            return false;
        }
    }

    /** SHA-256 of the canonical proof options (with the credential's context), then of the canonical credential. */
    private static byte[] hashData(ObjectNode unsigned, ObjectNode options) {
        ObjectNode config = options.deepCopy();
        JsonNode context = unsigned.get("@context");
        if (context instanceof ArrayNode) {
            config.set("@context", context.deepCopy());
        }
        byte[] configHash = sha256(Jcs.canonical(config));
        byte[] documentHash = sha256(Jcs.canonical(unsigned));
        byte[] both = new byte[64];
        System.arraycopy(configHash, 0, both, 0, 32);
        System.arraycopy(documentHash, 0, both, 32, 32);
        return both;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
