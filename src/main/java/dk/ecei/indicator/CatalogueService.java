package dk.ecei.indicator;

import dk.ecei.shared.BusinessRuleException;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.CurrentActor;
import dk.ecei.shared.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads catalogue versions and publishes new ones. The version in force is the one published last. */
@Service
@Transactional(readOnly = true)
public class CatalogueService {

    private final CatalogueVersionRepository versions;
    private final Clock clock;

    CatalogueService(CatalogueVersionRepository versions, Clock clock) {
        this.versions = versions;
        this.clock = clock;
    }

    public CatalogueView current() {
        return versions.findFirstByStatusOrderByPublishedAtDescIdDesc(CatalogueStatus.PUBLISHED).map(CatalogueView::of)
                .orElseThrow(() -> new NotFoundException("Published catalogue", "in force"));
    }

    public CatalogueView byCode(String code) {
        return versions.findByCode(code).map(CatalogueView::of).orElseThrow(() -> new NotFoundException("Catalogue version", code));
    }

    public CatalogueView byId(Long id) {
        return versions.findById(id).map(CatalogueView::of).orElseThrow(() -> new NotFoundException("Catalogue version", id));
    }

    public List<CatalogueView.Summary> versions() {
        return versions.findAllByOrderByPublishedAtDescIdDesc().stream().map(CatalogueView.Summary::of).toList();
    }

    @Transactional
    @PreAuthorize("hasRole('support-staff')")
    public CatalogueView publish(NewCatalogueVersion request) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The catalogue version cannot be published", problems);
        }
        if (versions.existsByCode(request.code())) {
            throw new ConflictException("Catalogue version " + request.code() + " already exists");
        }
        AtomicInteger categoryPosition = new AtomicInteger();
        List<IndicatorCategory> categories = request.categories().stream().map(c -> {
            AtomicInteger indicatorPosition = new AtomicInteger();
            List<Indicator> indicators = c.indicators().stream().map(i -> new Indicator(i.code(), i.nameDa(), i.nameEn(),
                    i.guidanceDa(), i.guidanceEn(), i.answerKind(), i.unit(), i.thresholdOperator(), i.thresholdValue(),
                    i.minimumRequirement(), indicatorPosition.incrementAndGet())).toList();
            return new IndicatorCategory(c.scheme(), c.code(), c.nameDa(), c.nameEn(), categoryPosition.incrementAndGet(),
                    indicators);
        }).toList();
        CatalogueVersion version = versions.saveAndFlush(new CatalogueVersion(request.code(), request.title(),
                request.description(), request.goldPassShare(), categories, CurrentActor.name(), clock.instant()));
        return CatalogueView.of(version);
    }
}
