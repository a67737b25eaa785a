package social.woolly.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Everything the sandbox knows: accounts, follows, statuses, media, notifications, lists,
 * markers and OAuth state. Not thread-safe by itself: every access holds {@link #lock}, which
 * the dispatcher takes around each request and the {@link Sandbox} hooks take around each call,
 * so requests arriving on several threads see one consistent state.
 */
final class SandboxStore {
    static final List<String> EMOJI = List.of("woolly", "blobwave", "sparkle", "yarn", "woolly_admin");
    /** Custom emoji categories; the rest are in "Sandbox". */
    static final Map<String, String> EMOJI_CATEGORY = Map.of("blobwave", "Blobs", "woolly_admin", "Staff");
    /** Custom emoji that only work in text, as a server's staff-only emoji do. */
    static final Set<String> EMOJI_HIDDEN_FROM_PICKER = Set.of("woolly_admin");

    /** A saved read position ({@code /api/v1/markers}). */
    record Marker(String lastReadId, int version, Instant updatedAt) {}

    /** A list of accounts owned by one account. */
    record AccountList(long id, long ownerId, String title, Set<Long> members) {}

    final ReentrantLock lock = new ReentrantLock();
    final SandboxOptions options;
    final SandboxIds ids;
    final String baseUrl;
    final String localDomain;
    final SandboxAuth auth = new SandboxAuth();
    final SandboxText text;

    final NavigableMap<Long, SandboxAccount> accounts = new TreeMap<>();
    final Map<Long, Set<Long>> following = new HashMap<>();
    final NavigableMap<Long, SandboxStatus> statuses = new TreeMap<>();
    final Map<Long, SandboxMedia> media = new HashMap<>();
    final NavigableMap<Long, SandboxNotification> notifications = new TreeMap<>();
    final Map<Long, AccountList> lists = new LinkedHashMap<>();
    /** Per account: the id of each tag follow (a cursor for paging) to the tag's name. */
    final Map<Long, NavigableMap<Long, String>> followedTags = new HashMap<>();

    final Map<Long, Map<String, Marker>> markers = new HashMap<>();
    /** Idempotency-Key (scoped by token) to the status it created and when. */
    final Map<String, Map.Entry<Long, Instant>> idempotency = new HashMap<>();

    SandboxStore(SandboxOptions options, String baseUrl, String localDomain) {
        this.options = options;
        this.ids = new SandboxIds(options.opaqueIds());
        this.baseUrl = baseUrl;
        this.localDomain = localDomain;
        this.text = new SandboxText(baseUrl, this::accountByAcct, this::profileUrl, Set.copyOf(EMOJI));
    }

    Instant now() {
        return options.clock().instant();
    }

    // --- accounts and follows ---

    SandboxAccount addAccount(
            String username,
            @Nullable String domain,
            @Nullable String password,
            int hue,
            String name,
            String note,
            Instant at) {
        SandboxAccount account = new SandboxAccount(ids.small(), username, domain, at, password, hue, name, note);
        accounts.put(account.id, account);
        return account;
    }

    @Nullable
    SandboxAccount account(long id) {
        return accounts.get(id);
    }

    /** Finds {@code user}, {@code user@domain} or a local {@code user@localDomain}, ignoring case. */
    @Nullable
    SandboxAccount accountByAcct(String acct) {
        String wanted = acct.startsWith("@") ? acct.substring(1) : acct;
        String local = "@" + localDomain.toLowerCase(Locale.ROOT);
        if (wanted.toLowerCase(Locale.ROOT).endsWith(local)) {
            wanted = wanted.substring(0, wanted.length() - local.length());
        }
        for (SandboxAccount account : accounts.values()) {
            if (account.acct().equalsIgnoreCase(wanted)) {
                return account;
            }
        }
        return null;
    }

    Set<Long> following(long accountId) {
        return following.computeIfAbsent(accountId, k -> new LinkedHashSet<>());
    }

    boolean follows(long follower, long followed) {
        return following(follower).contains(followed);
    }

    List<Long> followers(long accountId) {
        List<Long> result = new ArrayList<>();
        following.forEach((follower, set) -> {
            if (set.contains(accountId)) {
                result.add(follower);
            }
        });
        return result;
    }

    String profileUrl(SandboxAccount account) {
        return account.isLocal()
                ? baseUrl + "/@" + account.username
                : "https://" + account.domain + "/@" + account.username;
    }

    String accountUri(SandboxAccount account) {
        return account.isLocal()
                ? baseUrl + "/users/" + account.username
                : "https://" + account.domain + "/users/" + account.username;
    }

    // --- statuses ---

    @Nullable
    SandboxStatus status(long id) {
        return statuses.get(id);
    }

    /** Whether {@code viewerId} (null: signed out) may see the status, after Mastodon's visibility rules. */
    boolean canSee(@Nullable Long viewerId, SandboxStatus status) {
        SandboxStatus s = status.target();
        if (status.reblog != null && !canSee(viewerId, status.reblog)) {
            return false;
        }
        return switch (s.visibility) {
            case "public", "unlisted" -> true;
            case "private" ->
                viewerId != null
                        && (viewerId == s.account.id || follows(viewerId, s.account.id) || s.mentions(viewerId));
            default -> viewerId != null && (viewerId == s.account.id || s.mentions(viewerId));
        };
    }

    /** Statuses newest first. */
    Stream<SandboxStatus> newestFirst() {
        return statuses.descendingMap().values().stream();
    }

    int repliesCount(SandboxStatus status) {
        return (int) statuses.values().stream()
                .filter(s -> s.inReplyToId != null && s.inReplyToId == status.id)
                .count();
    }

    int statusesCount(SandboxAccount account) {
        return (int)
                statuses.values().stream().filter(s -> s.account == account).count();
    }

    @Nullable
    Instant lastStatusAt(SandboxAccount account) {
        return newestFirst()
                .filter(s -> s.account == account)
                .map(s -> s.createdAt)
                .findFirst()
                .orElse(null);
    }

    String statusUrl(SandboxStatus status) {
        String id = ids.format(status.id);
        if (status.reblog != null) {
            return accountUri(status.account) + "/statuses/" + id + "/activity";
        }
        return status.account.isLocal()
                ? baseUrl + "/@" + status.account.username + "/" + id
                : "https://" + status.account.domain + "/@" + status.account.username + "/" + id;
    }

    String statusUri(SandboxStatus status) {
        String uri = accountUri(status.account) + "/statuses/" + ids.format(status.id);
        return status.reblog != null ? uri + "/activity" : uri;
    }

    @Nullable
    SandboxStatus statusWithPoll(long pollId) {
        return statuses.values().stream()
                .filter(s -> s.poll != null && s.poll.id == pollId)
                .findFirst()
                .orElse(null);
    }

    // --- lists and markers ---

    AccountList addList(long ownerId, String title, Set<Long> members) {
        AccountList list = new AccountList(ids.small(), ownerId, title, new LinkedHashSet<>(members));
        lists.put(list.id(), list);
        return list;
    }

    /** Follows a hashtag (lower case, without #) unless already followed. */
    void followTag(long accountId, String name) {
        NavigableMap<Long, String> followed = followedTags.computeIfAbsent(accountId, k -> new TreeMap<>());
        String tag = name.toLowerCase(Locale.ROOT);
        if (!followed.containsValue(tag)) {
            followed.put(ids.small(), tag);
        }
    }

    Map<String, Marker> markers(long accountId) {
        return markers.computeIfAbsent(accountId, k -> new LinkedHashMap<>());
    }
}
