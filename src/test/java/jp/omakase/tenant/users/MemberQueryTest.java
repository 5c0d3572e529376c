package jp.omakase.tenant.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class MemberQueryTest {

    @Test
    void searchWordsAreSplitOnHalfAndFullWidthSpacesLowerCasedAndFreeOfWildcards() {
        assertEquals(List.of("山田", "太郎"), MemberQuery.words(" 山田\u3000太郎 "));
        assertEquals(List.of("taro@example.jp"), MemberQuery.words("Taro@Example.JP"));
        assertEquals(List.of("ab"), MemberQuery.words("%a_b\\"));
        assertEquals(List.of(), MemberQuery.words("  "));
        assertEquals(List.of(), MemberQuery.words(null));
        assertEquals(MemberQuery.MAX_WORDS, MemberQuery.words("a b c d e f").size());
    }

    @Test
    void unknownStatesMeanAll() {
        assertEquals(MemberQuery.Filter.INVITED, UserListParams.filter("invited"));
        assertEquals(MemberQuery.Filter.ALL, UserListParams.filter("locked"));
        assertEquals(MemberQuery.Filter.ALL, UserListParams.filter(null));
    }
}
