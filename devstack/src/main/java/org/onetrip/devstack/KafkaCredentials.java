package org.onetrip.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

/**
 * The devstack broker's SCRAM passwords, one per principal, made at random when a principal is first
 * needed and kept beside the broker's data in {@code credentials.properties} (readable by its owner
 * only). The launcher and the tests read a service's password from here; nothing prints them.
 */
public final class KafkaCredentials {
    static final String FILE = "credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;
    private final Properties passwords = new Properties();

    private KafkaCredentials(Path file) {
        this.file = file;
    }

    /** The passwords kept in {@code kafkaDir} (none yet if it holds no file). */
    public static KafkaCredentials in(Path kafkaDir) {
        KafkaCredentials credentials = new KafkaCredentials(kafkaDir.resolve(FILE));
        if (Files.exists(credentials.file)) {
            try (Reader in = Files.newBufferedReader(credentials.file)) {
                credentials.passwords.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return credentials;
    }

    static boolean existIn(Path kafkaDir) {
        return Files.exists(kafkaDir.resolve(FILE));
    }

    public Optional<String> find(String principal) {
        return Optional.ofNullable(passwords.getProperty(principal));
    }

    /** The principal's password, made and saved first if it has none. */
    synchronized String passwordOf(String principal) {
        String existing = passwords.getProperty(principal);
        if (existing != null) {
            return existing;
        }
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        String made = HexFormat.of().formatHex(secret);
        passwords.setProperty(principal, made);
        save();
        return made;
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                ownerOnly(Files.createFile(file));
            }
            try (Writer out = Files.newBufferedWriter(file)) {
                passwords.store(out, "SCRAM passwords of the devstack's Kafka principals");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Readable and writable by its owner alone, where the file system knows owners. */
    static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // the directory's own permissions must do
        }
    }
}
