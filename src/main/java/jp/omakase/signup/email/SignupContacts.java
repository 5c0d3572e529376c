package jp.omakase.signup.email;

import java.util.Optional;

/**
 * Where a Business ID applicant turns for help, from the options of {@code omakase-signup-email}: the inquiry page
 * (manual 2(2)3: 「おまかせビジネスIDへのお問い合わせは、以下のURLから実施願います。」) and the FAQ (「よくあるご質問」 on the
 * page after step 01). Each is absent when unset; its lines are then left out.
 */
record SignupContacts(Optional<String> inquiryUrl, Optional<String> faqUrl) {

    /** Mail attribute of the inquiry URL (absent when unset: the templates test it with {@code ??}). */
    static final String INQUIRY_ATTRIBUTE = "inquiryUrl";
    /** Page attribute of the FAQ URL on the step 01 「まだ完了していません」 page. */
    static final String FAQ_ATTRIBUTE = "omakaseFaqUrl";
}
