package jp.omakase.support.jpa;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One key's current window of one rate limit, table {@code OMK_RATE_WINDOW}, shared by every node of a cluster. The id
 * is a hash of the limit's name and the key (no e-mail or client address is stored). Read and written only through
 * {@code jp.omakase.support.RateLimiter}. Times are epoch milliseconds.
 */
@Entity(name = "OmakaseRateWindow")
@Table(name = "OMK_RATE_WINDOW")
@NamedQueries({
        @NamedQuery(name = "omakase.rateCount",
                query = "update OmakaseRateWindow w set w.count = w.count + 1 where w.id = :id and w.windowEnd > :now and w.count < :limit"),
        @NamedQuery(name = "omakase.rateRestart",
                query = "update OmakaseRateWindow w set w.windowEnd = :end, w.count = 1 where w.id = :id and w.windowEnd <= :now"),
        @NamedQuery(name = "omakase.rateExpired",
                query = "delete from OmakaseRateWindow w where w.windowEnd <= :now")
})
public class RateWindowEntity {

    @Id
    @Column(name = "ID", length = 64)
    private String id;

    @Column(name = "WINDOW_END", nullable = false)
    private long windowEnd;

    @Column(name = "EVENTS", nullable = false)
    private int count;

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public long getWindowEnd() { return windowEnd; }
    public void setWindowEnd(long windowEnd) { this.windowEnd = windowEnd; }
    public int getCount() { return count; }
    public void setCount(int count) { this.count = count; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateWindowEntity other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
