package social.woolly.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The address forms of issue #3 ("Choosing a server"), and garbage with the problem it shows. */
class ServerAddressTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            nullValues = "-",
            value = {
                "mastodon.social                  | https://mastodon.social       | -",
                "  Mastodon.Social  \t            | https://mastodon.social       | -",
                "https://mastodon.social/         | https://mastodon.social       | -",
                "HTTPS://mastodon.social          | https://mastodon.social       | -",
                "mastodon.social.                 | https://mastodon.social       | -",
                "@user@mastodon.social            | https://mastodon.social       | user",
                "user@mastodon.social             | https://mastodon.social       | user",
                "https://mastodon.social/@gargron | https://mastodon.social       | gargron",
                "https://pleroma.example/users/x  | https://pleroma.example       | -",
                "bücher.example                   | https://xn--bcher-kva.example | -",
                "@anna@bücher.example             | https://xn--bcher-kva.example | anna",
                "social.example:8443              | https://social.example:8443   | -",
                "https://social.example:443       | https://social.example        | -",
                "http://127.0.0.1:8765            | http://127.0.0.1:8765         | -",
                "http://localhost:3000/           | http://localhost:3000         | -",
                "localhost:3000                   | http://localhost:3000         | -",
                "127.0.0.1:8765                   | http://127.0.0.1:8765         | -",
                "http://127.1.2.3:80              | http://127.1.2.3              | -",
                "http://[::1]:8080                | http://[::1]:8080             | -",
                "gts.example.org                  | https://gts.example.org       | -",
            })
    void parse_acceptedForms_giveBaseUrlAndUser(String typed, String baseUrl, String user) throws Exception {
        ServerAddress address = ServerAddress.parse(typed);

        assertThat(address.baseUrl()).hasToString(baseUrl);
        assertThat(address.username()).isEqualTo(user);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                          | EMPTY",
                "'   '                       | EMPTY",
                "http://mastodon.social      | INSECURE_HTTP",
                "http://192.168.1.10:3000    | INSECURE_HTTP",
                "ftp://mastodon.social       | UNSUPPORTED_SCHEME",
                "javascript://alert(1)       | UNSUPPORTED_SCHEME",
                "hello world                 | MALFORMED",
                "mastodon                    | MALFORMED",
                "@@                          | MALFORMED",
                "https://                    | MALFORMED",
                "a..b                        | MALFORMED",
                "-bad-.example               | MALFORMED",
                "mastodon.social:99999       | MALFORMED",
                "mastodon.social:port        | MALFORMED",
                "user name@mastodon.social   | MALFORMED",
                "[::1                        | MALFORMED",
            })
    void parse_garbage_namesTheProblem(String typed, ServerAddress.Problem problem) {
        assertThatThrownBy(() -> ServerAddress.parse(typed))
                .isInstanceOfSatisfying(
                        ServerAddress.InvalidAddressException.class,
                        e -> assertThat(e.problem()).isEqualTo(problem));
    }

    @ParameterizedTest
    @CsvSource({
        "localhost,true",
        "127.0.0.1,true",
        "127.9.9.9,true",
        "[::1],true",
        "::1,true",
        "10.0.0.1,false",
        "mastodon.social,false",
        "localhost.example,false",
        "0.0.0.0,false"
    })
    void isLoopback_numericAndLocalhostOnly(String host, boolean loopback) {
        assertThat(ServerAddress.isLoopback(host)).isEqualTo(loopback);
    }

    @ParameterizedTest
    @CsvSource({"social.example:8443,social.example:8443", "mastodon.social,mastodon.social"})
    void authority_keepsNonDefaultPort(String typed, String authority) throws Exception {
        assertThat(ServerAddress.parse(typed).authority()).isEqualTo(authority);
    }

    @ParameterizedTest(name = "{0} answered from {1}")
    @CsvSource({
        "@me@example.org, https://www.example.org:443/, https://www.example.org",
        "example.org, https://social.example.org:8443/, https://social.example.org:8443",
        "example.org, https://example.org/, https://example.org",
        "example.org, http://www.example.org/, https://example.org",
        "http://127.0.0.1:8765, http://127.0.0.1:9876/, http://127.0.0.1:9876",
    })
    void answeredFrom_redirectedOrigin_movesOnlyToSecureOrigins(String typed, String origin, String expected)
            throws Exception {
        ServerAddress typedAddress = ServerAddress.parse(typed);

        ServerAddress moved = typedAddress.answeredFrom(java.net.URI.create(origin));

        assertThat(moved.baseUrl()).hasToString(expected);
        assertThat(moved.username()).isEqualTo(typedAddress.username());
    }
}
