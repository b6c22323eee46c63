package dk.ecei.indicator;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.CurrentActor;
import dk.ecei.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads catalogue versions and publishes new ones. The version in force is the one published last. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final CatalogueVersionRepository versions;
    private final Clock clock;
    /**
     * A published version never changes, so each is read once (one statement per category and its indicators) and
     * kept; which version is in force is kept for ten seconds (see {@link InForce}).
     */
    private final Cache<Long, CatalogueView> published = Caffeine.newBuilder().maximumSize(64).build();

    CatalogueService(CatalogueVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    public CatalogueView current() {
        InForce kept = inForce;
        long now = System.nanoTime();
        if (kept == null || now - kept.readAt() > IN_FORCE_KEPT_NANOS) {
            Long id = versions.idsByStatus(CatalogueStatus.PUBLISHED, Limit.of(1)).stream().findFirst()
                    .orElseThrow(() -> NotFoundException.of("catalogueInForce"));
            kept = new InForce(id, now);
            inForce = kept;
        }
        CatalogueView view = cached(kept.id());
        if (view == null) {
            throw NotFoundException.of("catalogueInForce");
        }
        return view;
    }

    /**
     * Which version is in force, asked of the database at most every ten seconds (every request for a label asked it:
     * a statement per request); a version published here is in force at once, one published by another instance
     * within those seconds.
     */
    private record InForce(Long id, long readAt) {
    }

    private static final long IN_FORCE_KEPT_NANOS = java.time.Duration.ofSeconds(10).toNanos();
    private volatile InForce inForce;

    public CatalogueView byCode(String code) {
        return versions.idByCode(code).map(this::cached).orElseThrow(() -> NotFoundException.of("catalogueVersion", code));
    }

    public CatalogueView byId(Long id) {
        CatalogueView view = id == null ? null : cached(id);
        if (view == null) {
            throw NotFoundException.of("catalogueVersion", id);
        }
        return view;
    }

    private CatalogueView cached(Long id) {
        return published.get(id, key -> versions.findById(key).map(CatalogueView::of).orElse(null));
    }

    public List<CatalogueView.Summary> versions() {
        return versions.findAllByOrderByPublishedAtDescIdDesc().stream().map(CatalogueView.Summary::of).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('support-staff')")
    public CatalogueView publish(NewCatalogueVersion request) {
        List<dk.ecei.shared.Violation> problems = request.problems();
        if (!problems.isEmpty()) {
            throw BusinessRuleException.violated("The catalogue version cannot be published", problems);
        }
        if (versions.existsByCode(request.code())) {
            throw ConflictException.of("catalogueCode", request.code());
        }
        AtomicInteger categoryPosition = new AtomicInteger();
        List<IndicatorCategory> categories = request.categories().stream().map(c -> {
            AtomicInteger indicatorPosition = new AtomicInteger();
            List<Indicator> indicators = c.indicators().stream().map(i -> new Indicator(i.code(), i.nameDa(), i.nameEn(),
                    i.guidanceDa(), i.guidanceEn(), i.answerKind(), i.unit(), i.thresholdOperator(), i.thresholdValue(),
                    i.minimumRequirement(), i.maxPoints(), indicatorPosition.incrementAndGet())).toList();
            return new IndicatorCategory(c.scheme(), c.code(), c.nameDa(), c.nameEn(), categoryPosition.incrementAndGet(),
                    indicators);
        }).toList();
        CatalogueVersion version = versions.saveAndFlush(new CatalogueVersion(request.code(), request.title(),
                request.description(), request.goldPassBasis(), request.goldPassShare(), categories, CurrentActor.name(), clock.instant()));
        dk.ecei.shared.AfterCommit.run(() -> inForce = null);
        return CatalogueView.of(version);
    }
}
