package jp.omakase.company;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            株式会社山田工業           | 山田工業
            山田工業株式会社           | 山田工業
            山田工業（株）             | 山田工業
            ㈱山田工業                 | 山田工業
            (株)山田工業               | 山田工業
            有限会社 山田 工業         | 山田工業
            山田工業合同会社           | 山田工業
            一般社団法人日本ＡＢＣ協会 | 日本abc協会
            特定非営利活動法人みらい   | ミライ
            医療法人社団青葉会         | 青葉会
            ＡＢＣ　Ｈｏｌｄｉｎｇｓ   | abcholdings
            ｻﾝﾗｲｽﾞ商事                 | サンライズ商事
            さくら商店                 | サクラ商店
            サクラ・ネット             | サクラネット
            株式会社                   | 株式会社
            カブシキガイシャヤマダコウギョウ | ヤマダコウギョウ
            """)
    void keyFoldsWidthCaseKanaSpacesAndLegalForms(String text, String key) {
        assertEquals(key, CompanyNames.key(text));
    }

    @ParameterizedTest
    @CsvSource({"やまだ, true", "ヤマダコウギョウ, true", "サーバー, true", "山田, false", "abc, false", "ヤマダ1, false"})
    void kanaQueriesAreRecognisedAfterFolding(String query, boolean kana) {
        assertEquals(kana, CompanyNames.isKana(CompanyNames.key(query)));
    }

    @ParameterizedTest
    @CsvSource({"%, %", "_, _", "'\\', '\\'", "'''', ''''"})
    void likeMetacharactersAreKeptLiterally(String query, String key) {
        // the provider escapes them for LIKE; the key itself keeps them
        assertEquals(key, CompanyNames.key(query));
        assertFalse(CompanyNames.isKana(key));
    }

    @org.junit.jupiter.api.Test
    void nullAndBlankGiveAnEmptyKey() {
        assertTrue(CompanyNames.key(null).isEmpty());
        assertTrue(CompanyNames.key(" \u3000 ").isEmpty());
    }
}
