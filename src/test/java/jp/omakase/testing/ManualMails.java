package jp.omakase.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The manual's mails sentence by sentence (brand renamed: おまかせビジネスID, おまかせビジネス向けストア): the sign-up mail of
 * manual 2(2)3 and the サービス利用開始通知 of 2(4), checked in both parts, with their sender and contact URLs.
 */
public final class ManualMails {

    /** Every sentence of manual 2(2)3, in order (the 30 minutes are the default link lifespan). */
    public static final List<String> SIGNUP = List.of(
            "このメールは、おまかせビジネスIDが自動で送信しています。",
            "この度は、おまかせビジネスIDの会員登録のお申し込みをいただき誠にありがとうございます。",
            "以下のURLをクリックし、会員登録を実施してください。",
            "■注意事項",
            "・会員登録は、30分以内に実施してください。",
            "・それ以上の時間が経過した場合は会員登録を最初からお手続き願います。",
            "・おまかせビジネスIDサイトの推奨ブラウザは、Google Chrome 最新バージョン、Microsoft Edge 最新バージョン、Firefox 最新バージョンとなります。",
            "※Internet Explorerは対応していません。",
            "■心当たりのない場合",
            "・本メールを破棄してください。",
            "※このメールは、送信専用のメールアドレスから送信しています。返信頂いても回答はできませんので、予めご了承ください。");
    /** The sentences of 2(2)3 that name the inquiry page: only in a mail of a server with the inquiry URL set. */
    public static final List<String> SIGNUP_INQUIRY = List.of(
            "登録状況のご確認は、下記お問合せ先までお問い合わせください。",
            "おまかせビジネスIDへのお問い合わせは、以下のURLから実施願います。");

    /** Every sentence of manual 2(4), in order (the 24 hours are the default link lifespan). */
    public static final List<String> SERVICE_START = List.of(
            "おまかせログインにお申込みいただき、ありがとうございます。",
            "サービスの利用開始手続きが完了いたしました。",
            "下記契約者用ログイン画面からログインしていただくことで、契約内容の確認等が可能です。",
            "契約者用ログイン画面URL:",
            "また、管理者用のアカウントを発行いたしました。",
            "管理者としてログインし、各ユーザのアカウント作成を行ってください。",
            "以下のリンクをクリックし、初回ログイン手続きを行うことでアカウントの作成が完了します。",
            "管理者用初回ログイン用URL:",
            "初回ログイン用URLの有効期限は、発行から24時間です",
            "有効期限を過ぎると使用不可能となります。",
            "※本メールは送信専用メールアドレスから送信されております。本メールに対して返信をいただいてもお答えできませんので、ご了承ください。",
            "※おまかせビジネス向けストアからもご注文完了メールが届きますので、ご確認ください。");
    /** The sentence of 2(4) that leads to the inquiry form. */
    public static final String SERVICE_INQUIRY = "※本メールにお心当たりのない方は、お手数ですが下記までご連絡ください。";

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

    private ManualMails() {
    }

    /** The sign-up mail says all of 2(2)3, in order, in both parts, from the Business ID sender, with the inquiry URL. */
    public static void assertSignupMail(MimeMessage mail) {
        assertFrom(mail, TestEnvironment.BIZID_FROM);
        String text = text(mail);
        assertInOrder(text, SIGNUP);
        assertInOrder(text, SIGNUP_INQUIRY);
        assertTrue(text.contains(SIGNUP_INQUIRY.get(1) + "\n" + TestEnvironment.BIZID_INQUIRY_URL), text);
        String html = Mails.html(mail);
        assertTrue(html.contains(">おまかせビジネスID</td>"), "the layout's header names the Business ID: " + html);
        assertInOrder(decoded(html), SIGNUP);
        assertInOrder(decoded(html), SIGNUP_INQUIRY);
        assertLinked(html, TestEnvironment.BIZID_INQUIRY_URL);
    }

    /** The サービス利用開始通知 says all of 2(4), in order, in both parts, from the service sender, with the inquiry URL. */
    public static void assertServiceStartMail(MimeMessage mail) {
        assertFrom(mail, TestEnvironment.SERVICE_FROM);
        String text = text(mail);
        assertInOrder(text, SERVICE_START);
        assertTrue(text.contains(SERVICE_INQUIRY + "\n" + TestEnvironment.SERVICE_INQUIRY_URL), text);
        assertTrue(text.indexOf(SERVICE_INQUIRY) > text.indexOf(SERVICE_START.get(9))
                && text.indexOf(SERVICE_INQUIRY) < text.indexOf(SERVICE_START.get(10)), "the manual's place: " + text);
        String html = Mails.html(mail);
        assertTrue(html.contains(">おまかせログイン</td>"), "the layout's header names the service: " + html);
        assertInOrder(decoded(html), SERVICE_START);
        assertTrue(decoded(html).contains(SERVICE_INQUIRY), html);
        assertLinked(html, TestEnvironment.SERVICE_INQUIRY_URL);
    }

    /**
     * A mail of a server without the operator's contact URLs: the inquiry sentences lead to the realm's own inquiry form
     * {@code formUrl} (issue 18), in both parts; no operator URL and no FAQ appear.
     */
    public static void assertOwnInquiryForm(MimeMessage mail, String formUrl) {
        String text = text(mail);
        String html = Mails.html(mail);
        assertTrue(text.contains("\n" + formUrl + "\n") || text.endsWith("\n" + formUrl), "the own form on a line: " + text);
        assertTrue(html.contains("<a href=\"" + formUrl + "\" rel=\"nofollow\">"), html);
        String all = text + decoded(html);
        for (String other : List.of("form.service-it", "inquiry.bizid-it", "faq.")) {
            assertFalse(all.contains(other), "without the options no '" + other + "':\n" + all);
        }
    }

    public static void assertFrom(MimeMessage mail, String address) {
        try {
            assertEquals(1, mail.getFrom().length);
            assertEquals(address, ((InternetAddress) mail.getFrom()[0]).getAddress(), "sender of " + Mails.subject(mail));
        } catch (MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The text part with line ends as {@code \n}. */
    public static String text(MimeMessage mail) {
        return Mails.text(mail).replace("\r\n", "\n");
    }

    /** {@code expected} all in {@code actual}, in this order. */
    public static void assertInOrder(String actual, List<String> expected) {
        int from = 0;
        for (String sentence : expected) {
            int at = actual.indexOf(sentence, from);
            assertTrue(at >= 0, "missing (or out of order): " + sentence + "\nin:\n" + actual);
            from = at + sentence.length();
        }
    }

    /**
     * The HTML part links {@code url} and shows it as escaped text ({@code &amp;}). Inside {@code href} Keycloak's
     * sanitizer ({@code kcSanitize}) writes {@code &} bare, as in all its mail links; the URL was checked at start
     * (no quote, angle bracket or space can end the attribute).
     */
    private static void assertLinked(String html, String url) {
        assertTrue(html.contains("<a href=\"" + url + "\" rel=\"nofollow\">"), html);
        assertTrue(decoded(html).contains(">" + url + "</a>"), html);
        assertFalse(html.contains(">" + url + "</a>"), "the link text's & is escaped: " + html);
    }

    /** HTML text with its character references resolved (the sanitizer writes some characters as references). */
    public static String decoded(String html) {
        Matcher m = ENTITY.matcher(html);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(c));
        }
        m.appendTail(b);
        return b.toString();
    }
}
