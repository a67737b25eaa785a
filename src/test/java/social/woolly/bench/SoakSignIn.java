package social.woolly.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import social.woolly.core.account.AccountStore;
import social.woolly.core.account.Accounts;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.api.OkHttpClients;
import social.woolly.core.auth.SignedIn;
import social.woolly.core.model.Account;
import social.woolly.core.store.AppDirs;
import social.woolly.core.store.FileTokenStore;
import social.woolly.core.store.TokenStoreException;

/**
 * Signs alice in without a browser: saves the account list and her token where {@code App} reads
 * them ({@code accounts.json} in the config folder, {@code secrets.properties} in the data folder),
 * through the same {@link Accounts} a real sign-in ends in. The app reads the token through {@code
 * TokenStores.lazy}, which uses that file only when no keychain answers: run without a D-Bus session.
 */
final class SoakSignIn {
    private SoakSignIn() {}

    static void signIn(String baseUrl, String token, AppDirs dirs)
            throws IOException, ApiException, TokenStoreException {
        Clock clock = Clock.systemUTC();
        OkHttpClient http = OkHttpClients.create(false);
        try {
            MastodonClient client = new MastodonClient(http, clock);
            URI server = URI.create(baseUrl);
            AccessToken access = AccessToken.of(token);
            Account alice =
                    client.api(server, access).accounts().verifyCredentials().execute();
            Accounts accounts = new Accounts(
                    new AccountStore(dirs.config(), clock),
                    new FileTokenStore(dirs.data().resolve("secrets.properties")),
                    client,
                    dirs.data(),
                    clock);
            accounts.load();
            accounts.add(new SignedIn(server, alice, access, "read write follow push"));
        } finally {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
            try {
                http.dispatcher().executorService().awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
