package dk.ecei.shared;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The totals of a list's pages, kept per filter: a total counts every row it covers, where its page reads a few along
 * an index, and with ten readers at once every count is one more wait for the database. The list's owner calls
 * {@link #changed()} on every change of its rows; the totals go once that change is committed (a rolled-back change
 * keeps them), on this node; another node's follow within {@code keep}. A zero {@code keep} counts every time.
 *
 * @param <F> the filter a total is kept for (a record of the filter's values)
 */
public final class KeptTotals<F> {

    /** Null when nothing is kept. */
    private final Cache<F, Long> totals;

    public KeptTotals(Duration keep) {
        this.totals = keep.isZero() ? null : Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(1_000).build();
    }

    /** The total for {@code filter}: the kept one, or {@code count}'s (then kept). */
    public long of(F filter, Supplier<Long> count) {
        return totals == null ? count.get() : totals.get(filter, f -> count.get());
    }

    /** A row was written or changed: the totals go once the change is committed (at once outside a transaction). */
    public void changed() {
        if (totals != null) {
            AfterCommit.run(totals::invalidateAll);
        }
    }
}
