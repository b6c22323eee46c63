package dk.ecei.label;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** totalsCache: how long a node keeps the totals of the register's label pages ({@link LabelTotals}); zero counts afresh. */
@ConfigurationProperties("ecei.labels")
public record LabelTotalsSettings(@DefaultValue("5m") Duration totalsCache) {
}
