package dev.podium.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Generated secrets of the source-checkout run (the embedded database's password, the issuer key's encryption
 * key), each in a file that only the owner may read (0600), created once and read on every later start.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private Secrets() {
    }

    /** 256 random bits, URL-safe base64 without padding (43 characters). */
    public static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The secret in this file, created with a new random value (owner-only) if the file does not exist yet. */
    public static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                try {
                    writePrivate(file, random());
                } catch (UncheckedIOException e) {
                    if (!(e.getCause() instanceof FileAlreadyExistsException)) {
                        throw e;
                    }
                }
            }
            String secret = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException(file + " is empty; delete it to have a new secret generated");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the secret in " + file, e);
        }
    }

    /** Writes a new file that only its owner can read or write (refuses to overwrite one). */
    public static void writePrivate(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.writeString(file, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
