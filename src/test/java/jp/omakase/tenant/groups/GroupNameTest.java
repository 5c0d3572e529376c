package jp.omakase.tenant.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"営業部", "東京支店 第1課", "Sales-2026", "ｶﾅ"})
    void ordinaryNamesPass(String name) {
        assertNull(GroupName.problem(GroupName.clean(name)));
    }

    @Test
    void blankIsRequiredAndSurroundingSpacesAreDropped() {
        assertEquals("omakaseConsoleErrorRequired", GroupName.problem(GroupName.clean("  　 ")));
        assertEquals("omakaseConsoleErrorRequired", GroupName.problem(GroupName.clean(null)));
        assertEquals("営業部", GroupName.clean(" 営業部 "));
    }

    @Test
    void lengthCharactersAndSlashAreRefused() {
        assertNull(GroupName.problem("あ".repeat(GroupName.MAX)));
        assertEquals("omakaseConsoleErrorTooLong", GroupName.problem("あ".repeat(GroupName.MAX + 1)));
        assertEquals("omakaseConsoleErrorCharacters", GroupName.problem("営業\u202E部"));
        assertEquals("omakaseConsoleErrorCharacters", GroupName.problem("営業\n部"));
        assertEquals("omakaseConsoleGroupErrorSlash", GroupName.problem("営業/東京"));
    }
}
