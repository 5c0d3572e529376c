package jp.omakase.tenant.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class UserListParamsTest {

    private static final String BASE = "http://kc/realms/omakase/omakase/tenant/t1/users";

    @Test
    void unknownSortsAndDirectionsAreTheDefaultNotAnError() {
        UserListParams p = UserListParams.read(null, null, null, "password", "sideways");
        assertEquals(MemberQuery.Sort.NAME, p.sort());
        assertFalse(p.descending());
        assertEquals(BASE, p.link(BASE, 1), "the default list has a bare URL");
        assertEquals(MemberQuery.Sort.KANA, UserListParams.read(null, null, null, "KANA", "DESC").sort());
        assertNull(UserListParams.read(null, null, "  ", null, null).group(), "a blank group is no filter");
    }

    @Test
    void headerAndPagerLinksKeepSearchStateGroupAndSort() {
        UserListParams p = UserListParams.read(" 山田 ", "invited", "g-1", "email", "desc");
        assertEquals(BASE + "?q=%E5%B1%B1%E7%94%B0&state=invited&group=g-1&sort=email&dir=desc&page=3", p.link(BASE, 3));
        assertEquals(BASE + "?q=%E5%B1%B1%E7%94%B0&state=invited&group=g-1&sort=kana&dir=asc",
                p.sortedBy(MemberQuery.Sort.KANA).link(BASE, 1));
        assertEquals(BASE + "?q=%E5%B1%B1%E7%94%B0&state=invited&group=g-1", p.sortedBy(MemberQuery.Sort.NAME).link(BASE, 1),
                "name ascending is the default and left out");
        UserListParams asc = UserListParams.read(null, null, null, "email", "asc");
        assertTrue(asc.sortedBy(MemberQuery.Sort.EMAIL).descending(), "the current column flips its direction");
        assertFalse(asc.sortedBy(MemberQuery.Sort.EMAIL).sortedBy(MemberQuery.Sort.EMAIL).descending());
    }

    @Test
    void aSearchWithBracesOrAmpersandsStaysOneEncodedParameter() {
        assertEquals(BASE + "?q=%7Bx%7D+%26+a%3Db", UserListParams.read("{x} & a=b", null, null, null, null).link(BASE, 1));
    }

    @Test
    void theCurrentSortColumnCarriesAriaSortAndOnlyNameKanaAndEmailAreLinks() {
        List<UserListView.Column> columns = UserListView.columns(UserListParams.read(null, null, null, "kana", "desc"), BASE);
        assertEquals(6, columns.size());
        assertNull(columns.get(0).ariaSort());
        assertEquals("descending", columns.get(1).ariaSort());
        assertEquals(BASE + "?sort=kana&dir=asc", columns.get(1).href());
        assertEquals(BASE + "?sort=email&dir=asc", columns.get(2).href());
        assertTrue(columns.subList(3, 6).stream().allMatch(c -> c.href() == null && c.ariaSort() == null));
        assertEquals("ascending", UserListView.columns(UserListParams.read(null, null, null, null, null), BASE).get(0).ariaSort());
    }

    @Test
    void theOrderIsStableWithTheIdLastInTheSameDirection() {
        assertEquals(" order by coalesce(u.lastName, ''), coalesce(u.firstName, ''), coalesce(u.email, ''), u.id",
                MemberQuery.orderBy(MemberQuery.Sort.NAME, false));
        assertEquals(" order by coalesce(u.email, '') desc, u.id desc", MemberQuery.orderBy(MemberQuery.Sort.EMAIL, true));
        assertTrue(MemberQuery.orderBy(MemberQuery.Sort.KANA, false)
                .startsWith(" order by coalesce(lk.value, ''), coalesce(fk.value, '')"));
    }
}
