package social.woolly.ui.home;

/** Where the navigation column can go. */
public enum Place {
    HOME,
    NOTIFICATIONS,
    LOCAL,
    FEDERATED,
    BOOKMARKS,
    FAVOURITES,
    PROFILE
}
