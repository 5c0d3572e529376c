package jp.omakase.company.jpa;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import jp.omakase.company.Company;

/** Table OMK_COMPANY: the current state of each corporation of the NTA data. Written by {@link JdbcCompanyStore}. */
@Entity(name = "OmakaseCompany")
@Table(name = "OMK_COMPANY")
@NamedQuery(name = CompanyEntity.BY_NAME_KEY, query = "select c from OmakaseCompany c where c.nameKey like :prefix escape '\\'"
        + " and c.hidden = false and (:closed = true or c.closeDate is null) order by c.nameKey, c.corporateNumber")
@NamedQuery(name = CompanyEntity.BY_NAME_KEY_LENGTH, query = "select c from OmakaseCompany c where c.nameKeyLength = :length"
        + " and c.nameKey like :prefix escape '\\' and c.hidden = false and (:closed = true or c.closeDate is null)"
        + " order by c.nameKey, c.corporateNumber")
@NamedQuery(name = CompanyEntity.BY_KANA_KEY, query = "select c from OmakaseCompany c where c.kanaKey like :prefix escape '\\'"
        + " and c.hidden = false and (:closed = true or c.closeDate is null) order by c.kanaKey, c.corporateNumber")
@NamedQuery(name = CompanyEntity.BY_KANA_KEY_LENGTH, query = "select c from OmakaseCompany c where c.kanaKeyLength = :length"
        + " and c.kanaKey like :prefix escape '\\' and c.hidden = false and (:closed = true or c.closeDate is null)"
        + " order by c.kanaKey, c.corporateNumber")
public class CompanyEntity {

    static final String BY_NAME_KEY = "omakase.company.byNameKeyPrefix";
    static final String BY_NAME_KEY_LENGTH = "omakase.company.byNameKeyLengthAndPrefix";
    static final String BY_KANA_KEY = "omakase.company.byKanaKeyPrefix";
    static final String BY_KANA_KEY_LENGTH = "omakase.company.byKanaKeyLengthAndPrefix";

    @Id
    @Column(name = "CORPORATE_NUMBER", length = 13)
    private String corporateNumber;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "NAME_KEY", nullable = false)
    private String nameKey;

    @Column(name = "NAME_KEY_LENGTH", nullable = false)
    private int nameKeyLength;

    @Column(name = "KANA_KEY_LENGTH")
    private Integer kanaKeyLength;

    @Column(name = "KANA")
    private String kana;

    @Column(name = "KANA_KEY")
    private String kanaKey;

    @Column(name = "KIND", nullable = false)
    private String kind;

    @Column(name = "POSTAL_CODE")
    private String postalCode;

    @Column(name = "ADDRESS")
    private String address;

    @Column(name = "CLOSE_DATE")
    private LocalDate closeDate;

    @Column(name = "CLOSE_CAUSE")
    private String closeCause;

    @Column(name = "UPDATE_DATE", nullable = false)
    private LocalDate updateDate;

    @Column(name = "HIDDEN", nullable = false)
    private boolean hidden;

    public String getCorporateNumber() {
        return corporateNumber;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getKanaKey() {
        return kanaKey;
    }

    public boolean isHidden() {
        return hidden;
    }

    public String getName() {
        return name;
    }

    Company toCompany() {
        return new Company(corporateNumber, name, kana, kind, postalCode, address, closeDate, closeCause);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompanyEntity other && Objects.equals(corporateNumber, other.corporateNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(corporateNumber);
    }
}
