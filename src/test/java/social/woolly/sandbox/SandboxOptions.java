package social.woolly.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link Sandbox} behaves: the defaults act like a current Mastodon (4.4), and each switch
 * makes it act like a server that differs (an older Mastodon, Akkoma, a proxy that sends HTML).
 *
 * @param port the port to bind on 127.0.0.1; 0 picks a free one
 * @param linkHeaders whether paged lists carry {@code Link} headers (some servers omit them)
 * @param streaming whether {@code /api/v1/streaming} accepts WebSockets; if not, it answers 404
 * @param v2Endpoints whether the v2 instance, notifications and media endpoints exist (404 if not)
 * @param htmlErrors whether error responses have an HTML body, as behind a reverse proxy
 * @param opaqueIds whether ids are Akkoma-style strings ({@code A0Hx3kP9aQz}) instead of numbers
 * @param responseDelay how long each response waits before its headers are sent
 * @param oauthMetadata whether {@code /.well-known/oauth-authorization-server} exists
 * @param loopbackRedirectAnyPort whether a loopback redirect URI may differ from the registered one
 *     in its port only: Doorkeeper (Mastodon's OAuth library) allows it after RFC 8252 §7.3, other
 *     servers do not; off by default so that a client relying on it is caught
 * @param mediaProcessingPolls how many {@code GET /api/v1/media/:id} answer 206 (still processing)
 *     after an upload before the attachment is ready
 * @param localDomain the domain in account handles; null means the host and port of the sandbox
 * @param clock the time source for new posts, tokens and idempotency windows
 * @param schedulingIgnored whether {@code scheduled_at} is ignored: the status is published at once
 *     and the answer is the Status, as on Hollo and GoToSocial before 0.20
 * @param akkomaStreaming whether the socket acts like Akkoma's: it reads the token from {@code
 *     access_token} or {@code Sec-WebSocket-Protocol} but not {@code Authorization}, accepts a
 *     socket without a token and silently drops its {@code user}, {@code direct} and {@code list}
 *     subscriptions, names streams by internal topic ({@code ["user:<id>"]}, {@code ["list:<id>"]},
 *     {@code ["hashtag:<tag>"]}), sends deletes without a stream and ignores other client messages;
 *     the instance then reports an Akkoma version
 * @param revokeDeletesApp whether {@code POST /oauth/revoke} also deletes the app that owned the token, as snac does
 * @param rawRedirectString whether {@code redirect_uris} is kept as one raw string and parsed as one URI at authorize, as
 *     older GoToSocial did: a newline-separated list then fails every authorization
 * @param profileScopeRejected whether app registration refuses the {@code profile} scope (422) although the OAuth
 *     metadata advertises it, as a server with a stricter scope list (Hollo) would
 * @param deleteCascadesMedia whether deleting a status deletes its media too, as Hollo does: a
 *     redraft can then not attach the old media ids again
 * @param threadContext how {@code GET /api/v1/statuses/:id/context} groups and orders the thread
 */
public record SandboxOptions(
        int port,
        boolean linkHeaders,
        boolean streaming,
        boolean v2Endpoints,
        boolean htmlErrors,
        boolean opaqueIds,
        Duration responseDelay,
        boolean oauthMetadata,
        boolean loopbackRedirectAnyPort,
        int mediaProcessingPolls,
        @Nullable String localDomain,
        Clock clock,
        boolean schedulingIgnored,
        boolean akkomaStreaming,
        boolean revokeDeletesApp,
        boolean rawRedirectString,
        boolean profileScopeRejected,
        boolean deleteCascadesMedia,
        ThreadContext threadContext) {

    /** How a server's {@code context} answer is shaped. */
    public enum ThreadContext {
        /** The reply chain as ancestors, every reply below depth first (Mastodon, GoToSocial). */
        MASTODON,
        /**
         * The whole conversation, chronological, split only by age: older posts are "ancestors",
         * newer ones "descendants", whichever branch they are in (Pleroma, Akkoma).
         */
        AKKOMA,
        /** The reply chain, and the replies breadth first: all direct ones, then the next level (Hollo). */
        HOLLO,
        /** The reply chain, and the direct replies only (snac). */
        SNAC
    }

    public SandboxOptions {
        Objects.requireNonNull(responseDelay, "responseDelay");
        Objects.requireNonNull(threadContext, "threadContext");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (mediaProcessingPolls < 0) {
            throw new IllegalArgumentException("mediaProcessingPolls < 0");
        }
    }

    /** A current Mastodon on a free port. */
    public static SandboxOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.port = port;
        b.linkHeaders = linkHeaders;
        b.streaming = streaming;
        b.v2Endpoints = v2Endpoints;
        b.htmlErrors = htmlErrors;
        b.opaqueIds = opaqueIds;
        b.responseDelay = responseDelay;
        b.oauthMetadata = oauthMetadata;
        b.loopbackRedirectAnyPort = loopbackRedirectAnyPort;
        b.mediaProcessingPolls = mediaProcessingPolls;
        b.localDomain = localDomain;
        b.clock = clock;
        b.schedulingIgnored = schedulingIgnored;
        b.akkomaStreaming = akkomaStreaming;
        b.revokeDeletesApp = revokeDeletesApp;
        b.rawRedirectString = rawRedirectString;
        b.profileScopeRejected = profileScopeRejected;
        b.deleteCascadesMedia = deleteCascadesMedia;
        b.threadContext = threadContext;
        return b;
    }

    /** Builds {@link SandboxOptions}; every setter returns this builder. */
    public static final class Builder {
        private int port;
        private boolean linkHeaders = true;
        private boolean streaming = true;
        private boolean v2Endpoints = true;
        private boolean htmlErrors;
        private boolean opaqueIds;
        private Duration responseDelay = Duration.ZERO;
        private boolean oauthMetadata = true;
        private boolean loopbackRedirectAnyPort;
        private int mediaProcessingPolls;
        private @Nullable String localDomain;
        private Clock clock = Clock.systemUTC();
        private boolean schedulingIgnored;
        private boolean akkomaStreaming;
        private boolean revokeDeletesApp;
        private boolean rawRedirectString;
        private boolean profileScopeRejected;
        private boolean deleteCascadesMedia;
        private ThreadContext threadContext = ThreadContext.MASTODON;

        private Builder() {}

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder linkHeaders(boolean value) {
            linkHeaders = value;
            return this;
        }

        public Builder streaming(boolean value) {
            streaming = value;
            return this;
        }

        public Builder v2Endpoints(boolean value) {
            v2Endpoints = value;
            return this;
        }

        public Builder htmlErrors(boolean value) {
            htmlErrors = value;
            return this;
        }

        public Builder opaqueIds(boolean value) {
            opaqueIds = value;
            return this;
        }

        public Builder responseDelay(Duration value) {
            responseDelay = value;
            return this;
        }

        public Builder oauthMetadata(boolean value) {
            oauthMetadata = value;
            return this;
        }

        public Builder loopbackRedirectAnyPort(boolean value) {
            loopbackRedirectAnyPort = value;
            return this;
        }

        public Builder mediaProcessingPolls(int value) {
            mediaProcessingPolls = value;
            return this;
        }

        public Builder localDomain(@Nullable String value) {
            localDomain = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder schedulingIgnored(boolean value) {
            schedulingIgnored = value;
            return this;
        }

        public Builder akkomaStreaming(boolean value) {
            akkomaStreaming = value;
            return this;
        }

        public Builder revokeDeletesApp(boolean value) {
            revokeDeletesApp = value;
            return this;
        }

        public Builder rawRedirectString(boolean value) {
            rawRedirectString = value;
            return this;
        }

        public Builder profileScopeRejected(boolean value) {
            profileScopeRejected = value;
            return this;
        }

        public Builder deleteCascadesMedia(boolean value) {
            deleteCascadesMedia = value;
            return this;
        }

        public Builder threadContext(ThreadContext value) {
            threadContext = value;
            return this;
        }

        public SandboxOptions build() {
            return new SandboxOptions(
                    port,
                    linkHeaders,
                    streaming,
                    v2Endpoints,
                    htmlErrors,
                    opaqueIds,
                    responseDelay,
                    oauthMetadata,
                    loopbackRedirectAnyPort,
                    mediaProcessingPolls,
                    localDomain,
                    clock,
                    schedulingIgnored,
                    akkomaStreaming,
                    revokeDeletesApp,
                    rawRedirectString,
                    profileScopeRejected,
                    deleteCascadesMedia,
                    threadContext);
        }
    }
}
