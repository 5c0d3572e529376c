package jp.omakase.tenant;

/** View bean {@code omakaseConsoleHome} of the console's ホーム: how many users the tenant has. */
public record ConsoleHomeView(long users) {

    public long getUsers() {
        return users;
    }
}
