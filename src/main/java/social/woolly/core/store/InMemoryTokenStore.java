package social.woolly.core.store;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps secrets in memory only; for tests and for sessions that must leave nothing behind. */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    @Override
    public void put(String key, String secret) {
        secrets.put(key, secret);
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(secrets.get(key));
    }

    @Override
    public void delete(String key) {
        secrets.remove(key);
    }

    @Override
    public Kind kind() {
        return Kind.MEMORY;
    }

    /** How many secrets are held; lets tests check that removal really removes. */
    public int size() {
        return secrets.size();
    }
}
