package dk.ecei.assessor;

import dk.ecei.shared.IllegalStateChangeException;
import dk.ecei.shared.NotFoundException;
import dk.ecei.shared.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A trained expert who benchmarks, audits or assesses clusters. It guards its own state: a renewal never shortens a
 * qualification, a tie never ends before it starts or twice, and an assessor is deactivated only once.
 */
@Entity
@Table(name = "assessor")
public class Assessor {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String username;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String country;

    @Column(nullable = false)
    private String languages;

    @Column(nullable = false)
    private boolean active;

    @ElementCollection
    @CollectionTable(name = "assessor_qualification", joinColumns = @JoinColumn(name = "assessor_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "kind")
    @Column(name = "valid_until", nullable = false)
    private Map<Qualification, LocalDate> qualifications = new EnumMap<>(Qualification.class);

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "assessor_id", nullable = false)
    @OrderBy("fromDate, id")
    private List<AssessorTie> ties = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Assessor() {
    }

    Assessor(AssessorDetails details, Instant now) {
        this.createdAt = now;
        this.active = true;
        apply(details, now);
    }

    void apply(AssessorDetails details, Instant now) {
        if (!COUNTRIES.contains(details.country())) {
            throw new dk.ecei.shared.InvalidFieldException("country", "input.country", details.country());
        }
        details.languages().stream().filter(l -> !LANGUAGES.contains(l)).findFirst().ifPresent(l -> {
            throw new dk.ecei.shared.InvalidFieldException("languages", "input.language", l);
        });
        this.username = details.normalisedUsername();
        this.fullName = details.fullName().strip();
        this.email = details.email().strip();
        this.country = details.country();
        this.languages = String.join(",", details.languages().stream().distinct().toList());
        this.updatedAt = now;
    }

    /** Adds a qualification, or renews one already held; a renewal never shortens it. */
    boolean grant(Qualification kind, LocalDate validUntil, Instant now) {
        LocalDate current = qualifications.get(kind);
        if (current != null && !validUntil.isAfter(current)) {
            throw IllegalStateChangeException.of("qualificationHeld", Violation.person(username),
                    Violation.named("qualification." + kind, String.valueOf(kind)), current, validUntil);
        }
        qualifications.put(kind, validUntil);
        updatedAt = now;
        return current != null;
    }

    AssessorTie declareTie(Long clusterId, TieKind kind, LocalDate from, LocalDate to, String note, Instant now) {
        AssessorTie tie = new AssessorTie(clusterId, kind, from, to, note);
        ties.add(tie);
        updatedAt = now;
        return tie;
    }

    AssessorTie endTie(Long tieId, LocalDate on, Instant now) {
        AssessorTie tie = ties.stream().filter(t -> Objects.equals(t.getId(), tieId)).findFirst()
                .orElseThrow(() -> NotFoundException.of("tie", tieId, id));
        tie.end(on);
        updatedAt = now;
        return tie;
    }

    void deactivate(Instant now) {
        if (!active) {
            throw IllegalStateChangeException.of("assessorInactive", Violation.person(username));
        }
        active = false;
        updatedAt = now;
    }

    AssignmentRules.Candidate candidate() {
        return new AssignmentRules.Candidate(username, fullName, country, active, qualifications,
                ties.stream().map(AssessorTie::period).toList());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getCountry() {
        return country;
    }

    public List<String> getLanguages() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    public boolean isActive() {
        return active;
    }

    public Map<Qualification, LocalDate> getQualifications() {
        return Map.copyOf(qualifications);
    }

    List<AssessorTie> getTies() {
        return List.copyOf(ties);
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
