package social.woolly.core.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One page of grouped notifications (v2 API): the groups, plus every account and status they
 * refer to, each sent once.
 *
 * @param partialAccounts stripped-down accounts, only with {@code expand_accounts=partial_avatars}
 * @see <a href="https://docs.joinmastodon.org/methods/grouped_notifications/">Grouped notifications</a>
 */
public record GroupedNotificationsResults(
        List<Account> accounts,
        List<PartialAccount> partialAccounts,
        List<Status> statuses,
        List<NotificationGroup> notificationGroups) {

    public GroupedNotificationsResults {
        accounts = Missing.list(accounts);
        partialAccounts = Missing.list(partialAccounts);
        statuses = Missing.list(statuses);
        notificationGroups = Missing.list(notificationGroups);
    }

    /** The accounts by id. */
    public Map<String, Account> accountsById() {
        return accounts.stream().collect(Collectors.toUnmodifiableMap(Account::id, Function.identity(), (a, b) -> a));
    }

    /** The statuses by id. */
    public Map<String, Status> statusesById() {
        return statuses.stream().collect(Collectors.toUnmodifiableMap(Status::id, Function.identity(), (a, b) -> a));
    }

    /** Just enough of an account to draw its avatar in a group. */
    public record PartialAccount(
            String id,
            String acct,
            @Nullable String url,
            @Nullable String avatar,
            @Nullable String avatarStatic,
            boolean locked,
            boolean bot) {
        public PartialAccount {
            id = Missing.text(id);
            acct = Missing.text(acct);
        }
    }
}
