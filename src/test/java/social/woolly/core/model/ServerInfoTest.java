package social.woolly.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import social.woolly.core.api.Fixtures;

class ServerInfoTest {

    @Test
    void fromV2_readsLimitsUrlsAndAccess() throws Exception {
        ServerInfo info = ServerInfo.from(Fixtures.decode("instance/v2.json", Instance.class));

        assertThat(info.domain()).isEqualTo("woolly.test");
        assertThat(info.title()).isEqualTo("Woolly Test Server");
        assertThat(info.version()).isEqualTo("4.5.0");
        assertThat(info.mastodonApiVersion()).isEqualTo(6);
        assertThat(info.hasGroupedNotifications()).isTrue();
        assertThat(info.streamingUrl()).isEqualTo("wss://streaming.woolly.test");
        assertThat(info.registrationsOpen()).isTrue();
        assertThat(info.approvalRequired()).isTrue();
        assertThat(info.limits())
                .isEqualTo(new ServerLimits(
                        1000,
                        8,
                        23,
                        6,
                        80,
                        600,
                        1_209_600,
                        16_777_216L,
                        103_809_024L,
                        1500,
                        java.util.List.of("image/jpeg", "image/png", "video/mp4")));
        var access = info.timelinesAccess();
        assertThat(access.liveFeeds().remote()).isEqualTo(FeedAccessLevel.AUTHENTICATED);
        assertThat(access.hashtagFeeds().remote()).isEqualTo(FeedAccessLevel.DISABLED);
        assertThat(access.trendingLinkFeeds().remote()).isEqualTo(FeedAccessLevel.UNKNOWN);
    }

    @Test
    void fromV1Mastodon_readsConfiguration() throws Exception {
        ServerInfo info = ServerInfo.from(Fixtures.decode("instance/v1_mastodon.json", V1Instance.class));

        assertThat(info.domain()).isEqualTo("old.woolly.test");
        assertThat(info.description()).isEqualTo("An older Mastodon");
        assertThat(info.mastodonApiVersion()).isNull();
        assertThat(info.hasGroupedNotifications()).isFalse();
        assertThat(info.streamingUrl()).isEqualTo("wss://old.woolly.test");
        assertThat(info.registrationsOpen()).isFalse();
        assertThat(info.limits())
                .isEqualTo(new ServerLimits(
                        500,
                        4,
                        23,
                        4,
                        50,
                        300,
                        2_629_746,
                        10_485_760L,
                        41_943_040L,
                        null,
                        java.util.List.of("image/jpeg")));
        assertThat(info.timelinesAccess()).isNull();
    }

    @Test
    void fromV1Pleroma_readsPleromasOwnLimitFields() throws Exception {
        ServerInfo info = ServerInfo.from(Fixtures.decode("instance/v1_pleroma.json", V1Instance.class));

        assertThat(info.domain()).isEqualTo("pleroma.woolly.test");
        assertThat(info.description()).isEqualTo("A Pleroma server");
        assertThat(info.version()).contains("Pleroma");
        assertThat(info.streamingUrl()).isEqualTo("wss://pleroma.woolly.test");
        assertThat(info.registrationsOpen()).isTrue();
        // min_expiration 0 is not a usable limit, so Mastodon's default stays.
        assertThat(info.limits())
                .isEqualTo(new ServerLimits(
                        5000, 1000, 23, 20, 200, 300, 31_536_000, 16_000_000L, 16_000_000L, 5000, java.util.List.of()));
    }

    @Test
    void fromV2_emptyInstance_usesMastodonDefaults() throws Exception {
        ServerInfo info = ServerInfo.from(social.woolly.core.api.Json.read("{}", Instance.class));

        assertThat(info.limits()).isEqualTo(ServerLimits.MASTODON_DEFAULTS);
        assertThat(info.streamingUrl()).isNull();
        assertThat(info.registrationsOpen()).isFalse();
    }

    @Test
    void withAuthorizationServer_keepsEverythingElse() throws Exception {
        ServerInfo info = ServerInfo.from(Fixtures.decode("instance/v2.json", Instance.class));
        var metadata = Fixtures.decode("oauth/metadata.json", AuthorizationServerMetadata.class);

        ServerInfo with = info.withAuthorizationServer(metadata);

        assertThat(with.authorizationServer().supportsPkceS256()).isTrue();
        assertThat(with.authorizationServer().revocationEndpoint()).isEqualTo("https://woolly.test/oauth/revoke");
        assertThat(with.withAuthorizationServer(null)).isEqualTo(info);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "'4.0.0 (not true; really snac/2.75)', true",
        "'4.0.0 (not true; really SNAC/2.52)', true",
        "'4.4.3', false",
        "'2.7.2 (compatible; Pleroma 2.6.0)', false",
        "'0.19.1 git-abc1234', false",
        "'', false"
    })
    void isSnac_readsTheVersion(String version, boolean snac) throws Exception {
        var json = new com.google.gson.JsonObject();
        json.addProperty("version", version);

        ServerInfo info = ServerInfo.from(social.woolly.core.api.Json.read(json.toString(), Instance.class));

        assertThat(info.isSnac()).isEqualTo(snac);
    }
}
