package social.woolly.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What people do on the sandbox: post, edit, delete, reblog, favourite, follow, vote. Each
 * action updates the store, adds the notifications Mastodon would send, and tells the streaming
 * side. Used by the API handlers, the seed and the test hooks alike; callers hold the store lock.
 */
final class SandboxActivity {
    /** Hears what happened, to stream it. */
    interface Events {
        void created(SandboxStatus status);

        void deleted(SandboxStatus status);

        void edited(SandboxStatus status);

        void notified(SandboxNotification notification);
    }

    record PollDraft(List<String> options, long expiresInSeconds, boolean multiple, boolean hideTotals) {}

    /** A post to make or an edit to apply. */
    record Draft(
            String text,
            String spoilerText,
            String visibility,
            boolean sensitive,
            @Nullable String language,
            @Nullable SandboxStatus inReplyTo,
            List<SandboxMedia> media,
            @Nullable PollDraft poll,
            @Nullable String application) {

        static Draft of(String text) {
            return new Draft(text, "", "public", false, "en", null, List.of(), null, null);
        }

        Draft withVisibility(String value) {
            return new Draft(text, spoilerText, value, sensitive, language, inReplyTo, media, poll, application);
        }

        Draft withSpoiler(String value) {
            return new Draft(text, value, visibility, true, language, inReplyTo, media, poll, application);
        }

        Draft replyingTo(SandboxStatus status) {
            return new Draft(text, spoilerText, visibility, sensitive, language, status, media, poll, application);
        }

        Draft withMedia(List<SandboxMedia> value, boolean isSensitive) {
            return new Draft(text, spoilerText, visibility, isSensitive, language, inReplyTo, value, poll, application);
        }

        Draft withPoll(PollDraft value) {
            return new Draft(text, spoilerText, visibility, sensitive, language, inReplyTo, media, value, application);
        }
    }

    private static final Events SILENT = new Events() {
        @Override
        public void created(SandboxStatus status) {}

        @Override
        public void deleted(SandboxStatus status) {}

        @Override
        public void edited(SandboxStatus status) {}

        @Override
        public void notified(SandboxNotification notification) {}
    };

    private final SandboxStore store;
    private Events events = SILENT;

    SandboxActivity(SandboxStore store) {
        this.store = store;
    }

    void listen(Events value) {
        events = value;
    }

    SandboxStatus post(SandboxAccount author, Draft draft, Instant at) {
        SandboxStatus status = new SandboxStatus(
                store.ids.flake(at), author, at, null, draft.inReplyTo(), draft.visibility(), draft.application());
        apply(status, draft);
        if (draft.poll() != null) {
            PollDraft p = draft.poll();
            status.poll = new SandboxPoll(
                    store.ids.small(),
                    at.plus(Duration.ofSeconds(p.expiresInSeconds())),
                    p.multiple(),
                    p.hideTotals(),
                    p.options());
        }
        store.statuses.put(status.id, status);
        for (SandboxAccount mentioned : status.mentions) {
            notify("mention", mentioned, author, status, at);
        }
        events.created(status);
        return status;
    }

    private void apply(SandboxStatus status, Draft draft) {
        SandboxText.Rendered rendered =
                store.text.render(draft.text(), draft.spoilerText(), status.account.isLocal() ? "<br />" : "<br>");
        status.text = draft.text();
        status.spoilerText = draft.spoilerText();
        status.sensitive = draft.sensitive() || !draft.spoilerText().isEmpty();
        status.language = draft.language();
        status.html = rendered.html();
        status.mentions = rendered.mentions();
        status.tags = rendered.tags();
        status.emojis = rendered.emojis();
        status.media = List.copyOf(draft.media());
        draft.media().forEach(m -> m.statusId = status.id);
    }

    /** Applies an edit; the former version goes to the history, as Mastodon's StatusEdit does. */
    void edit(SandboxStatus status, Draft draft, Instant at) {
        if (status.history.isEmpty()) {
            status.history.add(revisionOf(status, status.createdAt));
        }
        apply(status, draft);
        if (draft.poll() != null) {
            PollDraft p = draft.poll();
            status.poll = new SandboxPoll(
                    store.ids.small(),
                    at.plus(Duration.ofSeconds(p.expiresInSeconds())),
                    p.multiple(),
                    p.hideTotals(),
                    p.options());
        }
        status.editedAt = at;
        status.history.add(revisionOf(status, at));
        for (long reblogger : status.rebloggedBy) {
            SandboxAccount account = store.account(reblogger);
            if (account != null && reblogger != status.account.id) {
                notify("update", account, status.account, status, at);
            }
        }
        events.edited(status);
    }

    private static SandboxStatus.Revision revisionOf(SandboxStatus status, Instant at) {
        return new SandboxStatus.Revision(
                status.html,
                status.spoilerText,
                status.sensitive,
                at,
                List.copyOf(status.media),
                status.poll == null ? null : status.poll.options);
    }

    /** Deletes a status and every reblog of it. */
    void delete(SandboxStatus status) {
        store.statuses.values().stream()
                .filter(s -> s.reblog == status)
                .toList()
                .forEach(this::delete);
        store.statuses.remove(status.id);
        if (status.reblog != null) {
            status.reblog.rebloggedBy.remove(status.account.id);
        }
        store.notifications.values().removeIf(n -> n.status() == status);
        events.deleted(status);
    }

    /** Reblogs {@code original}; reblogging twice returns the first reblog, as Mastodon does. */
    SandboxStatus reblog(SandboxAccount actor, SandboxStatus original, String visibility, Instant at) {
        SandboxStatus existing = reblogOf(actor, original);
        if (existing != null) {
            return existing;
        }
        SandboxStatus reblog = new SandboxStatus(store.ids.flake(at), actor, at, original, null, visibility, null);
        store.statuses.put(reblog.id, reblog);
        original.rebloggedBy.add(actor.id);
        notify("reblog", original.account, actor, original, at);
        events.created(reblog);
        return reblog;
    }

    void unreblog(SandboxAccount actor, SandboxStatus original) {
        SandboxStatus existing = reblogOf(actor, original);
        if (existing != null) {
            delete(existing);
        }
    }

    private @Nullable SandboxStatus reblogOf(SandboxAccount actor, SandboxStatus original) {
        return store.statuses.values().stream()
                .filter(s -> s.reblog == original && s.account == actor)
                .findFirst()
                .orElse(null);
    }

    void favourite(SandboxAccount actor, SandboxStatus status, Instant at) {
        if (status.favouritedBy.add(actor.id)) {
            notify("favourite", status.account, actor, status, at);
        }
    }

    void follow(SandboxAccount actor, SandboxAccount target, Instant at) {
        if (actor != target && store.following(actor.id).add(target.id)) {
            notify("follow", target, actor, null, at);
        }
    }

    /** Adds a notification for a local recipient (never for yourself); returns null if none was made. */
    @Nullable
    SandboxNotification notify(
            String type, SandboxAccount recipient, SandboxAccount from, @Nullable SandboxStatus status, Instant at) {
        if (!recipient.isLocal() || recipient == from) {
            return null;
        }
        long id = store.ids.small();
        String prefix = SandboxNotification.groupPrefix(type, status == null ? null : store.ids.format(status.id));
        String key = prefix == null
                ? "ungrouped-" + store.ids.format(id)
                : prefix + "-" + at.getEpochSecond() / SandboxNotification.GROUP_SPAN_SECONDS;
        SandboxNotification notification = new SandboxNotification(id, type, recipient.id, from, status, at, key);
        store.notifications.put(id, notification);
        events.notified(notification);
        return notification;
    }
}
