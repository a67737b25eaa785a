package social.woolly.core.api.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StreamingSupportTest {

    // Version strings as the servers send them (audit F1, F6).
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "4.4.0                                 | false | true  | true",
                "4.3.2+glitch                          | false | true  | true",
                "3.5.3                                 | false | true  | true",
                "2.7.2 (compatible; Pleroma 2.6.0)     | true  | true  | true",
                "2.7.2 (compatible; Akkoma 3.13.2)     | true  | false | false",
                "0.19.1 git-4aa5a0c                    | false | false | true",
                "0.15.0+git-1573cd                     | false | false | true",
                "3.5.3+0.17.3-git-ccc8d9b              | false | false | true",
                "2.0.0 (GoToSocial)                    | false | false | true",
                "2.4.8                                 | false | true  | true",
                "''                                    | false | true  | true",
            })
    void of_versionString_isWhatTheServerCanStream(
            String version, boolean authenticatesByMessage, boolean hashtags, boolean lists) {
        assertThat(StreamingSupport.of(version))
                .isEqualTo(new StreamingSupport(authenticatesByMessage, hashtags, lists));
    }
}
