package social.woolly.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import social.woolly.core.api.ApiException;

class ErrorMessagesTest {

    private final ErrorMessages messages =
            new ErrorMessages(ResourceBundle.getBundle("social.woolly.ui.messages", Locale.ENGLISH));

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(
                        new ApiException.Network(new IOException("connect timed out")),
                        "Woolly can't reach the server. Check your internet connection and try again."),
                Arguments.of(
                        new ApiException.Unauthorized("The access token is invalid"),
                        "Your sign-in has expired or was revoked. Please sign in again."),
                Arguments.of(
                        new ApiException.RateLimited(Duration.ofSeconds(20)),
                        "The server asks Woolly to slow down. Try again in 1 minute."),
                Arguments.of(
                        new ApiException.RateLimited(Duration.ofSeconds(61)),
                        "The server asks Woolly to slow down. Try again in 2 minutes."),
                Arguments.of(
                        new ApiException.RateLimited(Duration.ofMinutes(5)),
                        "The server asks Woolly to slow down. Try again in 5 minutes."),
                Arguments.of(
                        new ApiException.RateLimited(Duration.ZERO),
                        "The server asks Woolly to slow down. Try again in 1 minute."),
                Arguments.of(
                        new ApiException.NotFound("Record not found"),
                        "This could not be found on the server. It may have been deleted."),
                Arguments.of(
                        new ApiException.Rejected(422, "Validation failed: Text can't be blank"),
                        "Validation failed: Text can't be blank"),
                Arguments.of(
                        new ApiException.Rejected(422, null),
                        "The server did not accept this. Check what you entered and try again."),
                Arguments.of(
                        new ApiException.Rejected(422, "  "),
                        "The server did not accept this. Check what you entered and try again."),
                Arguments.of(
                        new ApiException.Rejected(422, "x".repeat(301)),
                        "The server did not accept this. Check what you entered and try again."),
                Arguments.of(
                        new ApiException.Rejected(403, "This action is not allowed"),
                        "The server does not allow this."),
                Arguments.of(new ApiException.Rejected(400, null), "The server turned this request down (HTTP 400)."),
                Arguments.of(
                        new ApiException.ServerTrouble(502),
                        "The server is having trouble right now. Try again in a little while."),
                Arguments.of(
                        new ApiException.BadResponse("expected an array", null),
                        "This server answered in a way Woolly does not understand."),
                Arguments.of(new ApiException.Cancelled(null), ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void describe_failure_saysWhatHappened(ApiException failure, String expected) {
        assertThat(messages.describe(failure)).isEqualTo(expected);
    }
}
