package jp.omakase.portal;

import java.util.List;

import org.keycloak.models.UserModel;

import jp.omakase.profile.ProfileAttributes;

/**
 * View bean {@code omakasePortal} of the users' portal pages: who is signed in, the app tiles, the profile, the links
 * (password change, forgot password, the console for a tenant administrator), the sign-out form's token and a one-line
 * result ({@code passwordChanged}) chosen by the page, never taken from the URL as text.
 */
public final class PortalView {

    /** One tile: the client's id, the name the tenant gave the app, its first letter (the icon), the template, the launch URL. */
    public record Tile(String id, String name, String letter, String template, String href) {
    }

    /** The profile as the page shows it; an absent value is null (the page says 未登録). */
    public record Profile(String lastName, String firstName, String lastNameKana, String firstNameKana, String email,
                          String department, List<String> tenants) {
    }

    private final Profile profile;
    private final List<Tile> tiles;
    private final String base;
    private final String csrf;
    private final String consoleUrl;
    private final String forgotPasswordUrl;
    private final String result;

    PortalView(Builder b) {
        this.profile = b.profile;
        this.tiles = b.tiles;
        this.base = b.base;
        this.csrf = b.csrf;
        this.consoleUrl = b.consoleUrl;
        this.forgotPasswordUrl = b.forgotPasswordUrl;
        this.result = b.result;
    }

    /** The signed-in user: family and given name, else the e-mail. */
    public String getUser() {
        String name = ((profile.lastName() == null ? "" : profile.lastName()) + " "
                + (profile.firstName() == null ? "" : profile.firstName())).strip();
        return name.isEmpty() ? profile.email() : name;
    }

    public Profile getProfile() {
        return profile;
    }

    public List<Tile> getTiles() {
        return tiles;
    }

    /** The portal's root URL, ending with a slash. */
    public String getBase() {
        return base;
    }

    public String getCsrf() {
        return csrf;
    }

    /** The tenant pages for a tenant administrator, else null. */
    public String getConsoleUrl() {
        return consoleUrl;
    }

    public String getForgotPasswordUrl() {
        return forgotPasswordUrl;
    }

    /** The message key of the result line, or null. */
    public String getResult() {
        return result;
    }

    static Profile profile(UserModel user, List<String> tenants) {
        return new Profile(user.getLastName(), user.getFirstName(), user.getFirstAttribute(ProfileAttributes.LAST_NAME_KANA),
                user.getFirstAttribute(ProfileAttributes.FIRST_NAME_KANA), user.getEmail(),
                user.getFirstAttribute(ProfileAttributes.DEPARTMENT), tenants);
    }

    /** The view's parts, set one by one (more than five). */
    static final class Builder {
        private Profile profile;
        private List<Tile> tiles = List.of();
        private String base;
        private String csrf;
        private String consoleUrl;
        private String forgotPasswordUrl;
        private String result;

        Builder profile(Profile value) {
            this.profile = value;
            return this;
        }

        Builder tiles(List<Tile> value) {
            this.tiles = value;
            return this;
        }

        Builder base(String value) {
            this.base = value;
            return this;
        }

        Builder csrf(String value) {
            this.csrf = value;
            return this;
        }

        Builder consoleUrl(String value) {
            this.consoleUrl = value;
            return this;
        }

        Builder forgotPasswordUrl(String value) {
            this.forgotPasswordUrl = value;
            return this;
        }

        Builder result(String value) {
            this.result = value;
            return this;
        }

        PortalView build() {
            return new PortalView(this);
        }
    }
}
