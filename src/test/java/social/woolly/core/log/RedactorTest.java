package social.woolly.core.log;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Authorization: Bearer ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0 | Authorization: [redacted]
            authorization=Basic dXNlcjpwYXNz                                   | authorization=[redacted]
            sent Bearer abc.def-123 to the server                              | sent Bearer [redacted] to the server
            GET /api/v1/streaming?stream=user&access_token=tok123&x=1         | GET /api/v1/streaming?stream=user&access_token=[redacted]&x=1
            client_id=abc&client_secret=s3cr3t&scope=read                     | client_id=abc&client_secret=[redacted]&scope=read
            grant_type=authorization_code&code=XyZ123&redirect_uri=urn:x      | grant_type=authorization_code&code=[redacted]&redirect_uri=urn:x
            code_verifier=abcDEF-123._~xyz                                     | code_verifier=[redacted]
            refresh_token=r1&password=hunter2                                  | refresh_token=[redacted]&password=[redacted]
            `Password = 'hunter2'`                                             | `Password = '[redacted]'`
            {access_token=abc, scope=read}                                     | {access_token=[redacted], scope=read}
            `{"access_token":"ZA-Yj3","token_type":"Bearer","scope":"read"}`   | `{"access_token":"[redacted]","token_type":"Bearer","scope":"read"}`
            `{"client_secret" : "abc", "client_id": "id"}`                    | `{"client_secret" : "[redacted]", "client_id": "id"}`
            `{"password":"a\\"b c","name":"x"}`                               | `{"password":"[redacted]","name":"x"}`
            `{"Authorization":"Bearer abc"}`                                   | `{"Authorization":"[redacted]"}`
            error_code=42&statuscode=200&max_id=109                            | error_code=42&statuscode=200&max_id=109
            HTTP status code 401 from mastodon.social                          | HTTP status code 401 from mastodon.social
            token_type=bearer                                                  | token_type=bearer
            """)
    void redact_row_replacesOnlySecrets(String text, String expected) {
        assertThat(Redactor.redact(text)).isEqualTo(expected);
    }

    @Test
    void redact_headerDump_keepsOtherLines() {
        String dump = "Host: example.social\nAuthorization: Bearer abc\r\nAccept: application/json";

        assertThat(Redactor.redact(dump))
                .isEqualTo("Host: example.social\nAuthorization: [redacted]\r\nAccept: application/json");
    }

    @Test
    void stackTrace_secretsInMessagesAndCauses_areRedacted() {
        Exception failure = new IllegalStateException(
                "POST /oauth/token client_secret=s3cr3t", new RuntimeException("Authorization: Bearer t0ken"));
        failure.addSuppressed(new RuntimeException("{\"access_token\":\"sup\"}"));

        String trace = Redactor.stackTrace(failure);

        assertThat(trace)
                .contains("IllegalStateException", "client_secret=[redacted]", "Authorization: [redacted]")
                .contains("Caused by", "Suppressed", "at social.woolly.core.log.RedactorTest")
                .doesNotContain("s3cr3t", "t0ken", "sup\"");
    }
}
