package jp.omakase.tenant.bulk.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * What one row of a bulk file did (table {@code OMK_CSV_JOB_ROW}): the row number, the operation, the e-mail the row
 * named (the administrator's own data, shown back in the result file), the outcome and, for a refused row, the message
 * key. Written in the transaction that applied the row; deleted with its job.
 */
@Entity(name = "OmakaseCsvJobRow")
@Table(name = "OMK_CSV_JOB_ROW")
@NamedQueries({
        @NamedQuery(name = "omakase.csvJobRows",
                query = "select r from OmakaseCsvJobRow r where r.jobId = :jobId and r.rowNumber > :after order by r.rowNumber"),
        @NamedQuery(name = "omakase.csvJobRowsDelete", query = "delete from OmakaseCsvJobRow r where r.jobId = :jobId"),
        @NamedQuery(name = "omakase.csvJobDelete", query = "delete from OmakaseCsvJob j where j.id = :jobId")
})
public class CsvJobRowEntity {

    @Id
    @Column(name = "ID", length = 36)
    private String id;

    @Column(name = "JOB_ID", length = 36, nullable = false)
    private String jobId;

    @Column(name = "ROW_NO", nullable = false)
    private int rowNumber;

    @Column(name = "OPERATION", length = 16, nullable = false)
    private String operation;

    @Column(name = "EMAIL", length = 254, nullable = false)
    private String email;

    @Column(name = "OUTCOME", length = 16, nullable = false)
    private String outcome;

    @Column(name = "MESSAGE_KEY", length = 64)
    private String messageKey;

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getJobId() {
        return jobId;
    }

    public void setJobId(String jobId) {
        this.jobId = jobId;
    }

    public int getRowNumber() {
        return rowNumber;
    }

    public void setRowNumber(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public void setMessageKey(String messageKey) {
        this.messageKey = messageKey;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CsvJobRowEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
