package dev.podium.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.PodiumSpringTest;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The Open Badges issuer's private key is never readable from the database alone. */
@PodiumSpringTest
class IssuerKeyEncryptionIntegrationTest {

    @Autowired
    IssuerKeys keys;
    @Autowired
    CertificateProperties properties;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void the_private_key_in_the_database_is_encrypted_and_still_signs() throws Exception {
        byte[] stored = storedPrivateKey();

        assertThat(IssuerKeys.isSealed(stored)).isTrue();
        assertThatThrownBy(() -> KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(stored)))
                .as("not a key in clear").isInstanceOf(java.security.spec.InvalidKeySpecException.class);
        assertThat(contains(stored, keys.keys().getPrivate().getEncoded())).isFalse();

        Signature verify = Signature.getInstance("Ed25519");
        verify.initVerify(keys.keys().getPublic());
        verify.update("credential".getBytes());
        assertThat(verify.verify(keys.sign("credential".getBytes()))).isTrue();
    }

    @Test
    void a_key_kept_in_clear_before_is_encrypted_on_start_and_stays_the_same_key() {
        KeyPair current = keys.keys();
        byte[] sealed = storedPrivateKey();
        try {
            jdbc.update("UPDATE certificate_issuer_key SET private_key = ? WHERE id = 1",
                    (Object) current.getPrivate().getEncoded());

            KeyPair read = new IssuerKeys(dataSource, properties, clock, transactions).keys();

            assertThat(read.getPublic()).isEqualTo(current.getPublic());
            assertThat(read.getPrivate().getEncoded()).isEqualTo(current.getPrivate().getEncoded());
            assertThat(IssuerKeys.isSealed(storedPrivateKey())).isTrue();
        } finally {
            jdbc.update("UPDATE certificate_issuer_key SET private_key = ? WHERE id = 1", (Object) sealed);
        }
    }

    @Test
    void without_the_secret_or_with_another_one_the_key_cannot_be_read_and_podium_does_not_start() {
        assertThatThrownBy(() -> new IssuerKeys(dataSource, withSecret(null), clock, transactions).keys())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PODIUM_ISSUER_KEY_SECRET");
        assertThatThrownBy(() -> new IssuerKeys(dataSource, withSecret("too short"), clock, transactions).keys())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> new IssuerKeys(dataSource, withSecret("another secret of more than thirty-two"
                + " characters"), clock, transactions).keys())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot be decrypted");
    }

    private CertificateProperties withSecret(String secret) {
        CertificateProperties p = properties;
        return new CertificateProperties(p.validity(), p.renewalWindow(), p.practiceActiveWeeks(),
                p.practiceOriginality(), p.publicUrl(), p.issuerName(), p.verifyLimit(), p.verifyWindow(), p.keystore(),
                p.keystorePassword(), p.keyAlias(), p.renewalCron(), secret);
    }

    private byte[] storedPrivateKey() {
        return jdbc.queryForObject("SELECT private_key FROM certificate_issuer_key WHERE id = 1", byte[].class);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
