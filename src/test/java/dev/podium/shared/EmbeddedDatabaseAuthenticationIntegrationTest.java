package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.PodiumSpringTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The embedded MariaDB of the source-checkout run checks passwords: nobody else on the machine gets in under any
 * name, and the app's own generated password is in a file only the owner can read.
 */
@PodiumSpringTest
class EmbeddedDatabaseAuthenticationIntegrationTest {

    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String username;
    @Value("${spring.datasource.password}")
    String password;
    @Value("${podium.embedded-db.directory}")
    Path directory;

    @Test
    void strangers_cannot_connect_under_any_name_or_as_root_without_the_password() {
        for (String stranger : new String[] {"root", "anyone", "", username}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, stranger, "").close())
                    .as("connecting as '%s' without a password", stranger).isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, username, password + "x").close())
                .isInstanceOf(SQLException.class);
    }

    @Test
    void the_app_connects_with_a_generated_password_kept_in_an_owner_only_file() throws Exception {
        assertThat(username).isEqualTo("podium");
        Path file = directory.resolve(EmbeddedMariaDb.PASSWORD_FILE);
        assertThat(Files.readString(file).strip()).isEqualTo(password).hasSizeGreaterThanOrEqualTo(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var connection = DriverManager.getConnection(url, username, password);
                var statement = connection.createStatement();
                var anonymous = statement.executeQuery("SELECT COUNT(*) FROM mysql.user WHERE User = ''")) {
            anonymous.next();
            assertThat(anonymous.getInt(1)).as("anonymous accounts").isZero();
        }
        Path secret = directory.resolve(DatabaseEnvironmentPostProcessor.ISSUER_KEY_SECRET_FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        try (var init = Files.list(directory.resolve("tmp"))) {
            assertThat(init.map(Path::getFileName).map(Path::toString)).as("the init file with the password is gone")
                    .noneMatch(name -> name.startsWith("podium-init-"));
        }
    }
}
