package social.woolly.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import social.woolly.core.api.AccessToken;
import social.woolly.core.api.ApiException;
import social.woolly.core.api.Json;
import social.woolly.core.api.MastodonClient;
import social.woolly.core.model.Status;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.DirectRunner;
import social.woolly.ui.status.StatusItem;
import social.woolly.ui.status.StatusItemFactory;

/** Votes from a timeline, against a MockWebServer that answers by path. */
class TimelineActionsTest {
    private static final ResourceBundle TEXT = ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH);
    private static final String POLL = """
            {"id": "p1", "expires_at": null, "expired": false, "multiple": true, "votes_count": 0,
             "voters_count": 0, "voted": false, "own_votes": [],
             "options": [{"title": "Tea", "votes_count": 0}, {"title": "Coffee", "votes_count": 0},
                         {"title": "Water", "votes_count": 0}], "emojis": []}
            """;
    private static final String STATUS = """
            {"id": "7", "created_at": "2025-03-08T12:00:00.000Z", "content": "<p>Drinks?</p>",
             "visibility": "public", "account": {"id": "5", "username": "pollster", "acct": "pollster",
             "display_name": "", "url": "https://snac.test/pollster"}, "poll": %s}
            """.formatted(POLL);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<RecordedRequest> votes = new CopyOnWriteArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Test
    void vote_onSnac_sendsChoicesAsStrings() throws ApiException {
        // snac reads each choice with atoi(), which makes a JSON number 0: audit A1.
        answer("4.0.0 (not true; really snac/2.75)");

        actions().vote(item(), List.of(0, 2));

        assertThat(problems).isEmpty();
        assertThat(votes).hasSize(1);
        assertThat(JsonParser.parseString(votes.getFirst().getBody().utf8()))
                .isEqualTo(JsonParser.parseString("{\"choices\":[\"0\",\"2\"]}"));
    }

    @Test
    void vote_onMastodon_sendsChoicesAsNumbers_andAsksTheServerOnce() throws ApiException {
        answer("4.4.3");
        TimelineActions actions = actions();

        actions.vote(item(), List.of(1));
        actions.vote(item(), List.of(2));

        assertThat(votes)
                .extracting(request -> JsonParser.parseString(request.getBody().utf8()))
                .containsExactly(
                        JsonParser.parseString("{\"choices\":[1]}"), JsonParser.parseString("{\"choices\":[2]}"));
        assertThat(server.getRequestCount()).isEqualTo(2 + 2 * 2);
    }

    private TimelineActions actions() {
        var api = new MastodonClient(new OkHttpClient())
                .api(URI.create("http://127.0.0.1:" + server.getPort() + "/"), AccessToken.of("t0k3n"));
        return new TimelineActions(api, new DirectRunner(), new ErrorMessages(TEXT), problems::add, item -> {});
    }

    private StatusItem item() throws ApiException {
        return new StatusItemFactory("https://snac.test").create(Json.read(STATUS, Status.class));
    }

    private void answer(String version) {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                return switch (path) {
                    case "/api/v2/instance" -> json("{\"domain\": \"snac.test\", \"version\": \"" + version + "\"}");
                    case "/api/v1/polls/p1/votes" -> {
                        votes.add(request);
                        yield json(POLL);
                    }
                    case "/api/v1/statuses/7" -> json(STATUS);
                    default -> new MockResponse.Builder().code(404).build();
                };
            }
        });
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
