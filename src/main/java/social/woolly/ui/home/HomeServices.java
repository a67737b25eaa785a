package social.woolly.ui.home;

import java.time.Clock;
import java.util.ResourceBundle;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import social.woolly.core.api.MastodonClient;
import social.woolly.ui.common.ErrorMessages;
import social.woolly.ui.concurrent.BackgroundRunner;
import social.woolly.ui.desktop.Browser;
import social.woolly.ui.media.ImageLoader;
import social.woolly.ui.status.CountFormat;
import social.woolly.ui.status.RelativeTime;
import social.woolly.ui.status.TimeTicker;

/**
 * What every account's workspace shares: built once by {@code App}.
 *
 * @param scheduler for streaming reconnects and batching streamed posts
 * @param signedOut called with an account key when its server rejects the token
 * @param navDivider where the navigation column ends, 0–1 of the width, shared by all accounts
 */
public record HomeServices(
        MastodonClient client,
        BackgroundRunner runner,
        ImageLoader images,
        Browser browser,
        ResourceBundle text,
        ErrorMessages errors,
        RelativeTime time,
        TimeTicker ticker,
        CountFormat counts,
        ScheduledExecutorService scheduler,
        Clock clock,
        Consumer<String> signedOut,
        Consumer<String> showProblem,
        javafx.beans.property.DoubleProperty navDivider,
        social.woolly.ui.compose.Drafts drafts) {}
