package social.woolly.core.store;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Secrets in one file that only the user can read (mode 0600), for systems where no keychain
 * answers (a Linux session without Secret Service). Settings say so plainly. Thread-safe.
 */
public final class FileTokenStore implements TokenStore {
    private final Path file;

    public FileTokenStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void put(String key, String secret) throws TokenStoreException {
        Properties all = load();
        all.setProperty(key, secret);
        save(all);
    }

    @Override
    public synchronized Optional<String> get(String key) throws TokenStoreException {
        return Optional.ofNullable(load().getProperty(key));
    }

    @Override
    public synchronized void delete(String key) throws TokenStoreException {
        Properties all = load();
        if (all.remove(key) != null) {
            save(all);
        }
    }

    @Override
    public Kind kind() {
        return Kind.FILE;
    }

    private Properties load() throws TokenStoreException {
        Properties all = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.load(in);
        } catch (NoSuchFileException e) {
            return all;
        } catch (IOException | IllegalArgumentException e) {
            throw new TokenStoreException("cannot read the secrets file", e);
        }
        return all;
    }

    private void save(Properties all) throws TokenStoreException {
        StringWriter text = new StringWriter();
        try {
            all.store(text, "Woolly secrets: keep private");
            AtomicFile.write(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
        } catch (IOException e) {
            throw new TokenStoreException("cannot write the secrets file", e);
        }
    }
}
