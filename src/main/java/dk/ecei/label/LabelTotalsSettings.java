package dk.ecei.label;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * totalsCache: how long a node keeps the totals of the register's label pages ({@link dk.ecei.shared.KeptTotals}), which
 * every award, expiry, withdrawal and new end date drops after its commit; zero counts afresh. Totals of pages filtered
 * by the cluster's field or region are counted every time: editing a cluster changes them without touching a label.
 */
@ConfigurationProperties("ecei.labels")
public record LabelTotalsSettings(@DefaultValue("5m") Duration totalsCache) {
}
