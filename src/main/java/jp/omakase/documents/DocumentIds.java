package jp.omakase.documents;

import java.util.List;

/** The documents the pages show, by id: the file names are {@code <id>.<language>.html}. */
public final class DocumentIds {

    /** 利用規約 of the Business ID, sign-up step 02. */
    public static final String SIGNUP_TERMS = "signup-terms";
    /** 個人情報の取扱い of the Business ID, sign-up step 04. */
    public static final String SIGNUP_PRIVACY = "signup-privacy";
    /** おまかせビジネス向けストア会員規約, the store member terms (seed 2(3)2). */
    public static final String STORE_TERMS = "store-terms";
    /** 個人情報の取扱いについて of the store, asked with the member terms. */
    public static final String STORE_PRIVACY = "store-privacy";
    /** 利用ガイド of おまかせログイン on the final confirmation (seed 2(3)5). */
    public static final String ORDER_GUIDE = "order-guide";
    /** ご注意事項 of おまかせログイン on the final confirmation. */
    public static final String ORDER_CAUTIONS = "order-cautions";

    public static final List<String> ALL = List.of(SIGNUP_TERMS, SIGNUP_PRIVACY, STORE_TERMS, STORE_PRIVACY, ORDER_GUIDE, ORDER_CAUTIONS);

    /** The language every document must have; the others fall back to it. */
    public static final String DEFAULT_LANGUAGE = "ja";

    private DocumentIds() {
    }
}
