package dk.ecei.label;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.ecei.shared.AfterCommit;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The totals of the register's label pages, kept: a total counts every label it covers (1.5 ms at 2,500 clusters, ten
 * times that at 25,000), where its page reads 25 rows along an index. A total changes only with a label, so every
 * award, expiry, withdrawal and new end date drops them after its commit ({@link #changed()}); another node's kept
 * totals follow within {@code ecei.labels.totals-cache}. Totals of pages filtered by the cluster's field or region are
 * counted every time: editing a cluster changes them without touching a label.
 */
@Component
class LabelTotals {

    private record Filter(LabelLevel level, LocalDate validOn) {
    }

    /** Null when the setting is zero: every total is counted afresh. */
    private final Cache<Filter, Long> totals;

    LabelTotals(LabelTotalsSettings settings) {
        this.totals = settings.totalsCache().isZero() ? null
                : Caffeine.newBuilder().expireAfterWrite(settings.totalsCache()).maximumSize(1_000).build();
    }

    /** The total of the unrestricted pages of {@code level} and {@code validOn} (either may be null). */
    long of(LabelLevel level, LocalDate validOn, Supplier<Long> count) {
        return totals == null ? count.get() : totals.get(new Filter(level, validOn), filter -> count.get());
    }

    /** A label was written or changed: the totals go once the change is committed (at once outside a transaction). */
    void changed() {
        if (totals != null) {
            AfterCommit.run(totals::invalidateAll);
        }
    }
}
