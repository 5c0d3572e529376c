package jp.omakase.company;

import java.time.LocalDate;

/** A directory entry as search results show it ({@code kana} is the NTA フリガナ, often empty). {@code kind} is the NTA 法人種別 code (301 = 株式会社...). */
public record Company(String corporateNumber, String name, String kana, String kind, String postalCode, String address,
                      LocalDate closeDate, String closeCause) {

    public boolean closed() {
        return closeDate != null;
    }
}
