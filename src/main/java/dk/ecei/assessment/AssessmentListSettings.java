package dk.ecei.assessment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * totalsCache: how long a node keeps the totals of the support staff's assessment list pages
 * ({@link dk.ecei.shared.KeptTotals}), which every change of an assessment ({@link AssessmentEvent}) drops after its
 * commit; zero counts afresh. Pages searched by a cluster's name or an expert, and other readers' pages (narrowed to
 * what they may see), are counted every time.
 */
@ConfigurationProperties("ecei.assessments")
public record AssessmentListSettings(@DefaultValue("30s") Duration totalsCache) {
}
