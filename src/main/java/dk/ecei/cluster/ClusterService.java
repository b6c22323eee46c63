package dk.ecei.cluster;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.ecei.security.CurrentUser;
import dk.ecei.shared.AuditLog;
import dk.ecei.shared.ConflictException;
import dk.ecei.shared.Databases;
import dk.ecei.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import dk.ecei.shared.ListPage;
import dk.ecei.shared.PageQuery;
import dk.ecei.shared.Violation;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers cluster organisations and keeps their details; the only way other modules reach cluster data. */
@Service
@Transactional
public class ClusterService {

    static final String AGGREGATE = "Cluster";

    private final ClusterRepository clusters;
    private final AuditLog audit;
    private final Clock clock;
    private final EligibilitySettings eligibility;

    private final EligibilityProfileRepository profiles;

    private final JdbcTemplate jdbc;

    ClusterService(ClusterRepository clusters, AuditLog audit, Clock clock, EligibilitySettings eligibility,
            EligibilityProfileRepository profiles, JdbcTemplate jdbc) {
        this.profiles = profiles;
        this.jdbc = jdbc;
        this.clusters = clusters;
        this.audit = audit;
        this.clock = clock;
        this.eligibility = eligibility;
    }

    @PreAuthorize("hasRole('support-staff')")
    public ClusterView register(ClusterDetails details) {
        ClusterDetails.MembershipCounts.requireSmesWithinCompanies(details.members(), "details.members.smes");
        if (clusters.existsByNameIgnoreCase(details.name().strip())) {
            throw ConflictException.of("clusterName", details.name().strip());
        }
        if (details.cvrNumber() != null && clusters.existsByCvrNumber(details.cvrNumber())) {
            throw ConflictException.of("cvrNumber", details.cvrNumber());
        }
        Cluster cluster = clusters.saveAndFlush(new Cluster(details, clock.instant()));
        audit.record(AGGREGATE, cluster.getId(), "REGISTERED", describe(details));
        return ClusterView.of(cluster);
    }

    /**
     * Support staff update any cluster, including the figures that decide eligibility. A cluster manager keeps the
     * contact details current ({@link #updateContact}) and proposes new figures ({@link ClusterFigureProposals}).
     */
    public ClusterView update(Long id, long expectedVersion, ClusterDetails details) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff()) {
            throw new AccessDeniedException("Only support staff update a cluster's register entry");
        }
        Cluster cluster = find(id);
        requireVersion(cluster, expectedVersion);
        ClusterDetails.MembershipCounts.requireSmesWithinCompanies(details.members(), "details.members.smes");
        if (clusters.existsByNameIgnoreCaseAndIdNot(details.name().strip(), id)) {
            throw ConflictException.of("clusterName", details.name().strip());
        }
        if (details.cvrNumber() != null && clusters.existsByCvrNumberAndIdNot(details.cvrNumber(), id)) {
            throw ConflictException.of("cvrNumber", details.cvrNumber());
        }
        cluster.apply(details, clock.instant());
        clusters.flush();
        audit.record(AGGREGATE, id, "UPDATED", describe(details));
        return ClusterView.of(cluster);
    }

    /** The cluster's own managers (and support staff) keep the contact details current. */
    public ClusterView updateContact(Long id, long expectedVersion, String website) {
        CurrentUser user = CurrentUser.get();
        if (!user.isSupportStaff() && !user.managesCluster(id)) {
            throw new AccessDeniedException("Only support staff and the cluster's own managers update its contact details");
        }
        Cluster cluster = find(id);
        requireVersion(cluster, expectedVersion);
        String before = cluster.getWebsite();
        cluster.applyContact(website, clock.instant());
        clusters.flush();
        audit.record(AGGREGATE, id, "CONTACT_UPDATED", Violation.of("trail.detail.website",
                "website: " + before + " -> " + cluster.getWebsite(), orNone(before), orNone(cluster.getWebsite())));
        return ClusterView.of(cluster);
    }

    static void requireVersion(Cluster cluster, long expectedVersion) {
        if (cluster.getVersion() != expectedVersion) {
            throw ConflictException.of("clusterVersion", String.valueOf(cluster.getId()), String.valueOf(cluster.getVersion()),
                    String.valueOf(expectedVersion));
        }
    }

    @Transactional(readOnly = true)
    public ClusterView get(Long id) {
        return ClusterView.of(find(id));
    }

    /**
     * Every rule of the eligibility profile in force that the cluster does not meet, each a message code whose first
     * argument names the profile; empty when the cluster may apply for a label.
     */
    @Transactional(readOnly = true)
    public List<Violation> eligibilityViolations(Long id) {
        return Eligibility.problems(find(id), eligibilityProfile());
    }

    /** As {@link #eligibilityViolations(Long)} for a cluster and a profile the caller has already read. */
    public List<Violation> eligibilityViolations(ClusterView cluster, EligibilityProfileView profile) {
        return Eligibility.problems(cluster, profile);
    }

    /** The eligibility profile in force (setting {@code ecei.eligibility.profile}). */
    @Transactional(readOnly = true)
    public EligibilityProfileView eligibilityProfile() {
        return profilesRead.get(eligibility.profile(), code -> profiles.findById(code).map(EligibilityProfile::view)
                .orElseThrow(() -> new IllegalStateException("ecei.eligibility.profile names no eligibility profile: " + code)));
    }

    /**
     * The profiles read, kept for five minutes: they are reference data that come with a migration (V71) and that no
     * page changes, and every request for a label reads the profile in force (a statement per request otherwise).
     */
    private final Cache<String, EligibilityProfileView> profilesRead = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(16).build();

    @Transactional(readOnly = true)
    public boolean exists(Long id) {
        return id != null && clusters.existsById(id);
    }

    /** The ids of the clusters in {@code field} and {@code region} (either may be null), in one statement. */
    @Transactional(readOnly = true)
    public Set<Long> idsOf(ClusterField field, Region region) {
        return Set.copyOf(clusters.idsOf(field, region));
    }

    /**
     * One page of the register, searched by a text in the name and filtered by field and region, in the database:
     * the page, its total and the fields of the page's clusters in one batch.
     */
    @Transactional(readOnly = true)
    public ListPage<ClusterView> page(ClusterField field, Region region, String text, ClusterSort sort, PageQuery page) {
        String needle = text == null || text.isBlank() ? null
                : "%" + text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return idsFirst(field, region, needle, sort == null ? ClusterSort.NAME : sort, page);
    }

    /**
     * A page of the register, searched or not: the ids of the page, read along the name's index in the order by name
     * (the first page of a search most names match stops after a page of them), then the page's clusters by id. The
     * total is the page's end where the page is short, and is counted where it is full or past the end: no index
     * serves a text inside a name, so the count reads every name (a covering index scan, no sort). One statement
     * with {@code count(*) over ()} had to read, keep and sort every match to give the first page; the page's wide
     * rows in one statement (the query Spring Data derived) were read whole and sorted, every cluster's, since MariaDB
     * prefers a scan and a sort to 25 look-ups along the name's index.
     */
    private ListPage<ClusterView> idsFirst(ClusterField field, Region region, String needle, ClusterSort order,
            PageQuery page) {
        StringBuilder where = new StringBuilder(" from cluster c where 1 = 1");
        List<Object> args = new ArrayList<>();
        if (needle != null) {
            where.append(" and lower(c.name) like ? escape '!'");
            args.add(needle);
        }
        if (field != null) {
            where.append(" and exists (select 1 from cluster_field f where f.cluster_id = c.id and f.field = ?)");
            args.add(field.name());
        }
        if (region != null) {
            where.append(" and c.region = ?");
            args.add(region.name());
        }
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(page.size());
        pageArgs.add(page.offset());
        List<Long> ids = jdbc.queryForList("select c.id" + where + " order by " + order.sql + " limit ? offset ?",
                Long.class, pageArgs.toArray());
        long total = page.total(ids.size(),
                () -> jdbc.queryForObject("select count(*)" + where, Long.class, args.toArray()));
        if (ids.isEmpty()) {
            return new ListPage<>(List.of(), page.page(), page.size(), total);
        }
        Map<Long, Cluster> byId = clusters.loadAll(ids).stream().collect(Collectors.toMap(Cluster::getId, Function.identity()));
        return new ListPage<>(ids.stream().map(byId::get).filter(Objects::nonNull).map(ClusterView::of).toList(),
                page.page(), page.size(), total);
    }

    /**
     * The names of the clusters by id, in one statement (where a view names its cluster and needs nothing more). One
     * cluster's name comes from the transaction's persistence context where a step has read the cluster, otherwise
     * alone ({@link ClusterLoading#nameOf}: no cluster entity and fields to build for a name).
     */
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (ids.size() == 1) {
            Long id = ids.iterator().next();
            clusters.nameOf(id).ifPresent(name -> names.put(id, name));
        } else if (!ids.isEmpty()) {
            // Plain SQL: a JPQL query with a list parameter is translated again on every call (Hibernate 6.6).
            jdbc.query("select c.id, c.name from cluster c where c.id in ("
                    + Databases.marks(ids.size()) + ")",
                    rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    }, ids.toArray());
        }
        return names;
    }

    /** The clusters by id, through {@link ClusterLoading} (the persistence context first, then one kept statement). */
    @Transactional(readOnly = true)
    public Map<Long, ClusterView> byIds(Collection<Long> ids) {
        return clusters.loadAll(ids).stream().map(ClusterView::of)
                .collect(Collectors.toMap(ClusterView::id, Function.identity()));
    }

    private Cluster find(Long id) {
        return clusters.findById(id).orElseThrow(() -> NotFoundException.of("cluster", id));
    }

    private static Violation describe(ClusterDetails d) {
        return Violation.of("trail.detail.cluster", "name=" + d.name() + ", cvr=" + d.cvrNumber() + ", type=" + d.type() + ", region="
                + d.region() + ", fields=" + d.fields() + ", fte=" + d.secretariatFte() + ", members=" + d.members()
                + ", website=" + d.website() + ", eccpListed=" + d.eccpListed() + ", formalOrganisation=" + d.formalOrganisation(),
                d.name(), orNone(d.cvrNumber()), orNone(d.website()));
    }

    /** A value of the trail, or "none" in the reader's language where there is none (never the word null). */
    private static Object orNone(Object value) {
        return value == null ? Violation.named("trail.detail.noValue", "none") : String.valueOf(value);
    }
}
