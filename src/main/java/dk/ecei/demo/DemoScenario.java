package dk.ecei.demo;

import dk.ecei.assessment.AssessmentCommands.AgreeFinalScores;
import dk.ecei.assessment.AssessmentCommands.Approval;
import dk.ecei.assessment.AssessmentCommands.AssignExpert;
import dk.ecei.assessment.AssessmentCommands.AssignExperts;
import dk.ecei.assessment.AssessmentCommands.ImprovementAreaForm;
import dk.ecei.assessment.AssessmentCommands.Judgement;
import dk.ecei.assessment.AssessmentCommands.LabelDecision;
import dk.ecei.assessment.AssessmentCommands.RequestClarification;
import dk.ecei.assessment.AssessmentCommands.ScoreIndicators;
import dk.ecei.assessment.AssessmentCommands.SilverAudit;
import dk.ecei.assessment.AssessmentCommands.WriteReport;
import dk.ecei.assessment.AssessmentRequests;
import dk.ecei.assessment.AssessmentView;
import dk.ecei.assessment.ExpertAssignment;
import dk.ecei.assessment.ExpertReviews;
import dk.ecei.assessment.LabelDecisions;
import dk.ecei.assessment.ReportSection;
import dk.ecei.assessment.SelfAssessments;
import dk.ecei.assessment.SuccessStory;
import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterService;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.ClusterView;
import dk.ecei.cluster.Region;
import dk.ecei.evidence.EvidenceService;
import dk.ecei.indicator.CatalogueService;
import dk.ecei.indicator.CatalogueView.IndicatorView;
import dk.ecei.indicator.Scheme;
import dk.ecei.label.AwardLabel;
import dk.ecei.label.LabelLevel;
import dk.ecei.label.LabelRegister;
import dk.ecei.label.LabelView;
import dk.ecei.performance.PerformanceAccount;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The living demo: on the first start of the demo profile (table {@code demo_scenario} empty) a scenario relative to
 * that day is generated through the application's own services, as the people of the demo would have made it, so the
 * process engine holds real tasks: Bronze benchmarks requested, in self-assessment, under review, in clarification and
 * reported; Silver requested, in improvements, in audit, awaiting the label committee, awarded, and a Silver
 * candidate; Gold in gap analysis, awaiting scores, awaiting the committee, and a Gold renewal; an open
 * performance-account year.
 * <p>
 * Honest about the past: the scenario is replayed step by step on the days it would have happened (up to 21 months
 * before the first start): while a step runs, the application clock ({@link DemoClock}) and the engine's clock stand
 * on that day, and every rule of the services applies as on that day; the earlier labels a scenario needs (the two
 * Bronze benchmarks of a Silver candidate, the Gold and Silver labels held today, some expiring within six months) are
 * written through the label register on their assessment day with the source {@code demo}. Invented clusters are
 * named "... (demo)"; the real Danish clusters keep their names and 2016 labels. Of them only the three clusters of
 * the demo managers (1 CLEAN, 2 House of Energy, 10 BrainsBusiness) take part: the 2016 register has no secretariat
 * or membership figures for them, so support staff record invented ones, and each has an invented Bronze benchmark.
 * Each invented row is listed in {@code demo_generated} (kind, id, why).
 * <p>
 * Runs before the web server opens (so the first page shows the scenario), once: a second start finds the marker and
 * does nothing. {@code ecei.demo.scenario.enabled=false} switches it off.
 */
@Component
@Profile("demo")
class DemoScenario implements SmartLifecycle {

    static final String DEMO = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);
    private static final ZoneId DENMARK = ZoneId.of("Europe/Copenhagen");

    private final ClusterService clusters;
    private final AssessmentRequests requests;
    private final ExpertAssignment assignment;
    private final SelfAssessments selfAssessments;
    private final ExpertReviews reviews;
    private final LabelDecisions decisions;
    private final LabelRegister labels;
    private final EvidenceService evidence;
    private final CatalogueService catalogue;
    private final PerformanceAccount performance;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoClock demoClock;
    private final boolean enabled;
    private volatile boolean running;

    DemoScenario(ClusterService clusters, AssessmentRequests requests, ExpertAssignment assignment,
            SelfAssessments selfAssessments, ExpertReviews reviews, LabelDecisions decisions, LabelRegister labels,
            EvidenceService evidence, CatalogueService catalogue, PerformanceAccount performance, JdbcTemplate jdbc,
            DemoClock clock, Environment environment) {
        this.clusters = clusters;
        this.requests = requests;
        this.assignment = assignment;
        this.selfAssessments = selfAssessments;
        this.reviews = reviews;
        this.decisions = decisions;
        this.labels = labels;
        this.evidence = evidence;
        this.catalogue = catalogue;
        this.performance = performance;
        this.jdbc = jdbc;
        this.clock = clock;
        this.demoClock = clock;
        this.enabled = Binder.get(environment).bind("ecei.demo.scenario.enabled", Boolean.class).orElse(true);
    }

    // --- lifecycle: after the engine, before the web server (whose phase is DEFAULT_PHASE - 2048) ---------------------

    @Override
    public void start() {
        running = true;
        if (enabled) {
            generateOnce();
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
    }

    /** Generates the scenario unless it was generated before; true when it generated it now. */
    boolean generateOnce() {
        Integer done = jdbc.queryForObject("select count(*) from demo_scenario", Integer.class);
        if (done != null && done > 0) {
            log.info("Demo scenario already generated ({}); delete ./data to generate it again for today",
                    jdbc.queryForObject("select max(generated_on) from demo_scenario", LocalDate.class));
            return false;
        }
        LocalDate today = today();
        jdbc.update("insert into demo_scenario (generated_on, generated_at, note) values (?, ?, ?)", today,
                java.sql.Timestamp.from(clock.instant()), "Living demo scenario generated on the first start (demo data)");
        long started = System.nanoTime();
        new Run(today).all();
        log.info("Demo scenario for {} generated in {} ms", today, (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DENMARK));
    }

    private void mark(String kind, Long id, String note) {
        jdbc.update("insert into demo_generated (kind, ref_id, note) values (?, ?, ?)", kind, id, note);
    }

    // --- who does what -------------------------------------------------------------------------------------------------

    private static <T> T as(String username, Long clusterId, String role, Supplier<T> action) {
        List<SimpleGrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
        if (clusterId != null) {
            authorities.add(new SimpleGrantedAuthority("CLUSTER_" + clusterId));
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, "n/a", authorities));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static <T> T support(Supplier<T> action) {
        return as("support", null, "support-staff", action);
    }

    private static <T> T expert(String username, Supplier<T> action) {
        return as(username, null, "assessor", action);
    }

    /** The demo login's managers for the real clusters 1, 2 and 10; an invented manager for an invented cluster. */
    private static String managerName(Long clusterId) {
        return switch (clusterId.intValue()) {
            case 1 -> "manager-clean";
            case 2 -> "manager-houseofenergy";
            case 10 -> "manager-brains";
            default -> "manager-demo-" + clusterId;
        };
    }

    private static <T> T manager(Long clusterId, Supplier<T> action) {
        return as(managerName(clusterId), clusterId, "cluster-manager", action);
    }

    /**
     * One generation. Each part replays its steps on their days (the clock stands at that day while the step runs);
     * a part that the rules refuse is logged and skipped, the rest goes on.
     */
    private final class Run {

        private final LocalDate today;
        private final Instant realNow;
        private LocalDate day;
        private int tick;
        private int failures;
        private dk.ecei.indicator.CatalogueView catalogueInForce;

        Run(LocalDate today) {
            this.today = today;
            this.realNow = clock.instant();
            this.day = today;
        }

        /** The catalogue in force, read once: it does not change while the scenario is generated. */
        private dk.ecei.indicator.CatalogueView catalogue() {
            if (catalogueInForce == null) {
                catalogueInForce = catalogue.current();
            }
            return catalogueInForce;
        }

        void all() {
            try {
                step("eligibility figures of the demo managers' clusters", this::figuresOfTheDemoManagersClusters);
                step("labels held today", this::labelsHeldToday);
                step("Bronze", this::bronze);
                step("Silver", this::silver);
                step("Gold", this::gold);
                step("performance account", this::performanceAccount);
            } finally {
                demoClock.resume();
            }
            if (failures > 0) {
                log.warn("Demo scenario: {} part(s) could not be generated (see the warnings above)", failures);
            }
        }

        private void step(String what, Runnable part) {
            long started = System.nanoTime();
            try {
                part.run();
                log.info("Demo scenario: {} in {} ms", what, (System.nanoTime() - started) / 1_000_000);
            } catch (RuntimeException e) {
                failures++;
                log.warn("Demo scenario: {} not generated: {}", what, e.toString(), e);
            }
        }

        /** From now on the clock (ours and the engine's) stands on {@code date}, a little later at each step. */
        private void on(LocalDate date) {
            day = date;
            Instant at = date.atTime(9, 0).atZone(DENMARK).toInstant().plusSeconds(60L * (tick++ % 480));
            demoClock.replayAt(at.isAfter(realNow) ? realNow : at);
        }

        private void daysAgo(int days) {
            on(today.minusDays(days));
        }

        // --- clusters and labels -----------------------------------------------------------------------------------

        private Long cluster(String name, Region region, ClusterField field, String fte, int companies, int smes) {
            Long id = support(() -> clusters.register(new ClusterDetails(name + " (demo)", null, ClusterType.REGIONAL_CLUSTER,
                    region, Set.of(field), new BigDecimal(fte),
                    new ClusterDetails.MembershipCounts(companies, smes, 4, 3, 1), "https://example.org"))).id();
            mark("CLUSTER", id, "Invented cluster of the demo scenario");
            return id;
        }

        /**
         * The 2016 register has no secretariat or membership figures for the three clusters of the demo managers, so
         * none of them may ask for a benchmark; support staff record invented figures (listed in demo_generated).
         */
        private void figuresOfTheDemoManagersClusters() {
            daysAgo(75);
            for (long id : List.of(1L, 2L, 10L)) {
                ClusterView c = support(() -> clusters.get(id));
                if (c.secretariatFte() != null && c.members() != null && c.members().companies() != null) {
                    continue;
                }
                ClusterDetails details = new ClusterDetails(c.name(), c.cvrNumber(), c.type(), c.region(),
                        c.fields().isEmpty() ? Set.of(ClusterField.ENVIRONMENT) : c.fields(), new BigDecimal("2.0"),
                        new ClusterDetails.MembershipCounts(60, 45, 5, 3, 2), c.website(), c.eccpListed(),
                        c.formalOrganisation());
                support(() -> clusters.update(id, c.version(), details));
                mark("CLUSTER_FIGURES", id, "Secretariat FTE and members invented for the demo (not in the 2016 register)");
            }
        }

        /** A label of the past, written through the label register on its assessment day (source demo). */
        private LabelView pastLabel(Long clusterId, LabelLevel level, LocalDate assessedOn, String why) {
            on(assessedOn);
            LabelView label = support(() -> labels.award(new AwardLabel(clusterId, level, assessedOn, assessedOn, null, DEMO)));
            mark("LABEL", label.id(), why);
            return label;
        }

        private Long clusterSince(LocalDate since, String name, Region region, ClusterField field, String fte, int companies,
                int smes) {
            on(since.minusDays(30));
            return cluster(name, region, field, fte, companies, smes);
        }

        private void labelsHeldToday() {
            // Gold and Silver labels valid today; those assessed 19-21 months ago expire within six months.
            held("Nordisk Vandteknologi", Region.NORDJYLLAND, ClusterField.ENVIRONMENT, "4.0", LabelLevel.GOLD, 4,
                    "Gold label of the demo, valid today");
            held("Fyns Robotnetværk", Region.SYDDANMARK, ClusterField.PRODUCTION_MATERIALS_DESIGN, "3.5", LabelLevel.GOLD, 11,
                    "Gold label of the demo, valid today");
            held("Aarhus Sundhedsklynge", Region.MIDTJYLLAND, ClusterField.HEALTH_MEDTECH, "3.0", LabelLevel.GOLD, 20,
                    "Gold label of the demo, expires within six months");
            held("Sjællands Fødevarenetværk", Region.SJAELLAND, ClusterField.FOOD, "2.5", LabelLevel.SILVER, 6,
                    "Silver label of the demo, valid today");
            held("Københavns Fintech-klynge", Region.HOVEDSTADEN, ClusterField.ICT, "2.0", LabelLevel.SILVER, 19,
                    "Silver label of the demo, expires within six months");
            held("Vestjysk Byggeklynge", Region.MIDTJYLLAND, ClusterField.CONSTRUCTION, "1.5", LabelLevel.BRONZE, 21,
                    "Bronze label of the demo, expires within six months");
            held("Bornholms Turismenetværk", Region.HOVEDSTADEN, ClusterField.EXPERIENCE_ECONOMY_TOURISM, "1.5", LabelLevel.BRONZE, 9,
                    "Bronze label of the demo, valid today");
        }

        private void held(String name, Region region, ClusterField field, String fte, LabelLevel level, int monthsAgo, String why) {
            LocalDate assessed = today.minusMonths(monthsAgo);
            Long id = clusterSince(assessed, name, region, field, fte, 80, 60);
            pastLabel(id, level, assessed, why);
        }

        // --- Bronze --------------------------------------------------------------------------------------------------

        private AssessmentView marked(AssessmentView assessment, String why) {
            DemoScenario.this.mark("ASSESSMENT", assessment.id(), why);
            return assessment;
        }

        private AssessmentView requestBronze(int daysAgo, Long clusterId, String why) {
            daysAgo(daysAgo);
            return marked(manager(clusterId, () -> requests.requestBenchmark(clusterId)), why);
        }

        private AssessmentView assignBronze(int daysAgo, AssessmentView requested, String expert) {
            daysAgo(daysAgo);
            return support(() -> assignment.assignExpert(requested.id(), new AssignExpert(expert, day.plusDays(21))));
        }

        private AssessmentView submitBronze(int daysAgo, Long clusterId, Long id) {
            daysAgo(daysAgo);
            manager(clusterId, () -> selfAssessments.saveAnswers(id, bronzeAnswers(clusterId)));
            manager(clusterId, () -> selfAssessments.saveSuccessStories(id, stories()));
            return manager(clusterId, () -> selfAssessments.submit(id));
        }

        private AssessmentView submittedBronze(Long clusterId, int requested, int assigned, int submitted, String expert,
                String why) {
            AssessmentView a = assignBronze(assigned, requestBronze(requested, clusterId, why), expert);
            return submitBronze(submitted, clusterId, a.id());
        }

        private void bronze() {
            // The demo managers' own clusters (real names, invented benchmarks).
            AssessmentView clean = assignBronze(10, requestBronze(12, 1L, "Bronze benchmark of CLEAN in self-assessment (demo)"),
                    "assessor1");
            daysAgo(3);
            Map<String, String> half = new LinkedHashMap<>();
            bronzeAnswers(1L).entrySet().stream().limit(8).forEach(e -> half.put(e.getKey(), e.getValue()));
            manager(1L, () -> selfAssessments.saveAnswers(clean.id(), half));

            clarification(2L, "assessor2", 40, 6, "Bronze benchmark of House of Energy in clarification (demo)");
            clarification(10L, "assessor1", 35, 2, "Bronze benchmark of BrainsBusiness in clarification (demo)");

            // Invented clusters in the other steps.
            LocalDate since = today.minusDays(60);
            requestBronze(9, clusterSince(since, "Trekantområdets Logistiknetværk", Region.SYDDANMARK, ClusterField.TRANSPORT,
                    "1.2", 30, 25), "Bronze benchmark requested, no expert yet (demo)");
            submittedBronze(clusterSince(since, "Nordjysk Servicenetværk", Region.NORDJYLLAND, ClusterField.SERVICE, "1.4", 34, 28),
                    30, 28, 10, "assessor1", "Bronze benchmark under review (demo)");
            submittedBronze(clusterSince(today.minusDays(80), "Midtjysk Energinetværk", Region.MIDTJYLLAND, ClusterField.ENERGY,
                    "1.6", 38, 30), 75, 73, 45, "assessor2", "Bronze benchmark under review, overdue (demo)");
            AssessmentView done = submittedBronze(clusterSince(today.minusDays(90), "Sydsjællands Maritime Netværk",
                    Region.SJAELLAND, ClusterField.TRANSPORT, "1.3", 31, 27), 60, 58, 35, "assessor1",
                    "Bronze benchmark reported, label awarded (demo)");
            daysAgo(5);
            expert("assessor1", () -> reviews.writeReport(done.id(), report(day)));
        }

        private void clarification(Long clusterId, String expert, int requestedDaysAgo, int askedDaysAgo, String why) {
            AssessmentView submitted = submittedBronze(clusterId, requestedDaysAgo, requestedDaysAgo - 2, askedDaysAgo + 12,
                    expert, why);
            String code = bronzeAnswers(clusterId).keySet().iterator().next();
            daysAgo(askedDaysAgo);
            expert(expert, () -> reviews.requestClarification(submitted.id(),
                    new RequestClarification(List.of(code), "Hvordan er tallet opgjort, og hvilket år dækker det?")));
        }

        /** Answers of every Bronze indicator, spread from the cluster id so that peer groups differ. */
        private Map<String, String> bronzeAnswers(Long clusterId) {
            Map<String, String> answers = new LinkedHashMap<>();
            int i = 0;
            for (IndicatorView indicator : catalogue().indicators(Scheme.BRONZE)) {
                int spread = (int) ((clusterId * 37 + (i++) * 11) % 60);
                answers.put(indicator.code(), switch (indicator.answerKind()) {
                    case NUMBER -> Integer.toString(10 + spread);
                    case PERCENT -> Integer.toString(20 + spread);
                    case YES_NO -> spread % 3 == 0 ? "NO" : "YES";
                    case TEXT -> "Demo: beskrivelse af " + indicator.code();
                });
            }
            return answers;
        }

        private List<SuccessStory> stories() {
            return List.of(new SuccessStory("Fælles testcenter (demo)", "Ti virksomheder deler et testcenter."),
                    new SuccessStory("Eksportfremstød (demo)", "Seks SMV'er fik deres første ordre i Tyskland."),
                    new SuccessStory("Nyt produkt (demo)", "Et universitet og to virksomheder udviklede en ny sensor."));
        }

        private WriteReport report(LocalDate interview) {
            Map<String, ReportSection> groups = new LinkedHashMap<>();
            catalogue().categories().stream().filter(c -> c.scheme() == Scheme.BRONZE)
                    .forEach(c -> groups.put(c.code(), new ReportSection("Demo: fund for " + c.code(),
                            "Demo: anbefalinger for " + c.code())));
            return new WriteReport(interview, groups, "Demo: klyngen er veldrevet og har et klart værdiforslag.");
        }

        // --- Silver --------------------------------------------------------------------------------------------------

        /**
         * An invented cluster with two Bronze benchmarks 20 months apart (the rule: 18-24), the second a month
         * before {@code ready}, the day it may ask for Silver.
         */
        private Long silverReady(LocalDate ready, String name, Region region, ClusterField field) {
            LocalDate first = ready.minusMonths(21);
            Long id = clusterSince(first, name, region, field, "2.0", 55, 40);
            pastLabel(id, LabelLevel.BRONZE, first, "First Bronze benchmark of a Silver candidate (demo)");
            pastLabel(id, LabelLevel.BRONZE, ready.minusMonths(1), "Second Bronze benchmark of a Silver candidate (demo)");
            return id;
        }

        private AssessmentView requestSilver(int daysAgo, Long clusterId, String why) {
            daysAgo(daysAgo);
            return marked(manager(clusterId, () -> requests.requestSilver(clusterId)), why);
        }

        private AssessmentView assignSilver(int daysAgo, AssessmentView requested) {
            daysAgo(daysAgo);
            return support(() -> assignment.assignExpert(requested.id(), new AssignExpert("assessor1", day.plusDays(21))));
        }

        private AssessmentView silverSubmitted(String name, Region region, ClusterField field, int requested, int submitted,
                String why) {
            Long cluster = silverReady(today.minusDays(requested), name, region, field);
            Long id = assignSilver(requested - 2, requestSilver(requested, cluster, why)).id();
            daysAgo(submitted);
            manager(cluster, () -> selfAssessments.saveImprovementAreas(id, areas()));
            return manager(cluster, () -> selfAssessments.submit(id));
        }

        private void silver() {
            silverReady(today, "Lolland-Falster Bioøkonomi", Region.SJAELLAND, ClusterField.FOOD); // a candidate, not asked yet
            requestSilver(5, silverReady(today.minusDays(5), "Østjysk Designnetværk", Region.MIDTJYLLAND,
                    ClusterField.PRODUCTION_MATERIALS_DESIGN), "Silver requested, no auditor yet (demo)");
            Long improving = silverReady(today.minusDays(20), "Herning Tekstilklynge", Region.MIDTJYLLAND,
                    ClusterField.PRODUCTION_MATERIALS_DESIGN);
            assignSilver(18, requestSilver(20, improving, "Silver in improvements (demo)"));
            silverSubmitted("Odense Droneklynge", Region.SYDDANMARK, ClusterField.TRANSPORT, 45, 25,
                    "Silver in the on-site audit (demo)");
            AssessmentView committee = silverSubmitted("Storstrøm Miljøklynge", Region.SJAELLAND, ClusterField.ENVIRONMENT,
                    70, 50, "Silver audited, awaiting the label committee (demo)");
            daysAgo(10);
            expert("assessor1", () -> reviews.recordSilverAudit(committee.id(), silverAudit(day.minusDays(1))));
            AssessmentView awarded = silverSubmitted("Vendsyssel Fødevareklynge", Region.NORDJYLLAND, ClusterField.FOOD,
                    90, 60, "Silver awarded by the label committee (demo)");
            daysAgo(30);
            expert("assessor1", () -> reviews.recordSilverAudit(awarded.id(), silverAudit(day.minusDays(1))));
            daysAgo(20);
            support(() -> decisions.decide(awarded.id(), new LabelDecision(Approval.APPROVE, "Demo: som indstillet")));
        }

        private List<ImprovementAreaForm> areas() {
            return List.of(new ImprovementAreaForm("Strategi (demo)", List.of("G4.1", "G4.2"), "Ny strategi vedtaget med bestyrelsen", "strategi.pdf"),
                    new ImprovementAreaForm("Finansiering (demo)", List.of("G3.2"), "Privat andel steg fra 20 % til 35 %", "regnskab.pdf"),
                    new ImprovementAreaForm("Services (demo)", List.of("G4.5", "G4.6"), "Tilfredshedsmåling indført", "maaling.pdf"));
        }

        private SilverAudit silverAudit(LocalDate auditDay) {
            Map<String, Judgement> checks = new LinkedHashMap<>();
            minimumRequirements().forEach(code -> checks.put(code, new Judgement(true, "Demo: opfyldt, set på stedet")));
            return new SilverAudit(auditDay, List.of(new Judgement(true, "Demo: strategien er fulgt"),
                    new Judgement(true, "Demo: privat andel dokumenteret"), new Judgement(true, "Demo: målingen er indført")),
                    checks, new ReportSection("Demo: klyngen har forbedret sig på alle tre områder.", "Demo: udbred tilfredshedsmålingen."));
        }

        private Set<String> minimumRequirements() {
            return catalogue().indicators(Scheme.GOLD).stream().filter(IndicatorView::minimumRequirement)
                    .map(IndicatorView::code).collect(Collectors.toCollection(TreeSet::new));
        }

        // --- Gold ----------------------------------------------------------------------------------------------------

        private Map<String, String> goldAnswers() {
            Map<String, String> answers = new LinkedHashMap<>();
            for (IndicatorView indicator : catalogue().indicators(Scheme.GOLD)) {
                answers.put(indicator.code(), indicator.thresholdValue() != null ? indicator.thresholdValue().toPlainString()
                        : switch (indicator.answerKind()) {
                            case NUMBER -> "42";
                            case PERCENT -> "55";
                            case YES_NO -> "YES";
                            case TEXT -> "Demo: beskrivelse af " + indicator.code();
                        });
            }
            return answers;
        }

        private AssessmentView requestGold(int daysAgo, Long clusterId, String why) {
            daysAgo(daysAgo);
            AssessmentView requested = marked(manager(clusterId, () -> requests.requestGold(clusterId)), why);
            manager(clusterId, () -> selfAssessments.saveAnswers(requested.id(), goldAnswers()));
            return requested;
        }

        /** Evidence of the two years before, gap analysis accepted, both experts assigned, self-assessment submitted. */
        private AssessmentView goldSubmitted(Long clusterId, int requested, int submitted, LocalDate plannedAudit, String why) {
            Long id = requestGold(requested, clusterId, why).id();
            for (int year : List.of(day.getYear() - 2, day.getYear() - 1)) {
                byte[] pdf = ("%PDF-1.4\n% Demo: aarsrapport " + year + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
                manager(clusterId, () -> evidence.add(id, null, year, "aarsrapport-" + year + "-demo.pdf", new ByteArrayInputStream(pdf)));
            }
            daysAgo(requested - 8);
            manager(clusterId, () -> selfAssessments.proceedAfterGapAnalysis(id));
            daysAgo(requested - 12);
            support(() -> assignment.assignExperts(id, new AssignExperts("assessor1", "assessor2", plannedAudit)));
            daysAgo(submitted);
            return manager(clusterId, () -> selfAssessments.submit(id));
        }

        private ScoreIndicators scores(LocalDate from, LocalDate until) {
            Map<String, Judgement> scores = new LinkedHashMap<>();
            catalogue().indicators(Scheme.GOLD).forEach(i -> scores.put(i.code(), new Judgement(true, "Demo: dokumenteret")));
            return new ScoreIndicators(from, until, scores);
        }

        private void gold() {
            requestGold(8, clusterSince(today.minusDays(8), "Kolding Emballageklynge", Region.SYDDANMARK,
                    ClusterField.PRODUCTION_MATERIALS_DESIGN, "3.0", 85, 60), "Gold in the gap analysis (demo)");

            goldSubmitted(clusterSince(today.minusDays(60), "Aalborg Digitalklynge", Region.NORDJYLLAND, ClusterField.ICT,
                    "3.5", 100, 75), 60, 30, today.minusDays(3), "Gold audited, awaiting the experts' scores (demo)");

            AssessmentView committee = goldSubmitted(clusterSince(today.minusDays(90), "Roskilde Life Science Netværk",
                    Region.SJAELLAND, ClusterField.HEALTH_MEDTECH, "3.2", 90, 65), 90, 60, today.minusDays(14),
                    "Gold scored, awaiting the label committee (demo)");
            LocalDate auditFrom = today.minusDays(15);
            LocalDate auditUntil = today.minusDays(14);
            daysAgo(10);
            expert("assessor1", () -> reviews.scoreIndicators(committee.id(), scores(auditFrom, auditUntil)));
            daysAgo(9);
            expert("assessor2", () -> reviews.scoreIndicators(committee.id(), scores(auditFrom, auditUntil)));

            // A renewal: Gold held for 20 months (it expires within six months), the renewal asked for 15 days ago.
            LocalDate goldSince = today.minusMonths(20);
            Long renewing = clusterSince(goldSince, "Esbjerg Offshore Energi", Region.SYDDANMARK, ClusterField.ENERGY, "4.5", 130, 95);
            pastLabel(renewing, LabelLevel.GOLD, goldSince, "Gold label of the demo, up for renewal");
            requestGold(15, renewing, "Gold renewal requested (demo)");
        }

        // --- performance account --------------------------------------------------------------------------------------

        private void performanceAccount() {
            daysAgo(20);
            int year = today.getYear() - 1;
            if (!support(performance::openYears).contains(year)) {
                support(() -> performance.open(year));
                mark("PERFORMANCE_YEAR", (long) year, "Performance-account year opened by the demo scenario");
            }
        }
    }
}
