package dk.ecei.cluster;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** A cluster organisation: the secretariat that runs an industry cluster and applies for labels. */
@Entity
@Table(name = "cluster")
public class Cluster {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "cvr_number")
    private String cvrNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "cluster_type", nullable = false)
    private ClusterType type;

    @Enumerated(EnumType.STRING)
    private Region region;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cluster_field", joinColumns = @JoinColumn(name = "cluster_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "field")
    private Set<ClusterField> fields = EnumSet.noneOf(ClusterField.class);

    @Column(name = "secretariat_fte")
    private BigDecimal secretariatFte;

    @Embedded
    private Membership membership;

    private String website;

    /** Listed on the European Cluster Collaboration Platform, which a label needs since November 2019. */
    @Column(name = "eccp_listed", nullable = false)
    private boolean eccpListed;

    @Column(name = "formal_organisation", nullable = false)
    private boolean formalOrganisation;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Cluster() {
    }

    Cluster(ClusterDetails details, Instant now) {
        this.createdAt = now;
        apply(details, now);
    }

    void apply(ClusterDetails details, Instant now) {
        this.name = details.name().strip();
        this.cvrNumber = details.cvrNumber() == null || details.cvrNumber().isBlank() ? null : details.cvrNumber().strip();
        this.type = details.type();
        this.region = details.region();
        this.fields = details.fields().isEmpty() ? EnumSet.noneOf(ClusterField.class) : EnumSet.copyOf(details.fields());
        this.secretariatFte = details.secretariatFte();
        this.membership = details.membership() == null ? Membership.unknown() : details.membership();
        this.website = details.website();
        if (details.eccpListed() != null) {
            this.eccpListed = details.eccpListed();
        }
        if (details.formalOrganisation() != null) {
            this.formalOrganisation = details.formalOrganisation();
        }
        this.updatedAt = now;
    }

    public boolean isEccpListed() {
        return eccpListed;
    }

    public boolean isFormalOrganisation() {
        return formalOrganisation;
    }

    /** Support staff confirmed new eligibility figures (a manager's proposal). */
    void applyFigures(BigDecimal secretariatFte, Membership membership, Instant now) {
        this.secretariatFte = secretariatFte;
        this.membership = membership;
        this.updatedAt = now;
    }

    /** The contact details, which the cluster's own managers keep current. */
    void applyContact(String website, Instant now) {
        this.website = website == null || website.isBlank() ? null : website.strip();
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCvrNumber() {
        return cvrNumber;
    }

    public ClusterType getType() {
        return type;
    }

    public Region getRegion() {
        return region;
    }

    public Set<ClusterField> getFields() {
        return fields.isEmpty() ? Set.of() : EnumSet.copyOf(fields);
    }

    public BigDecimal getSecretariatFte() {
        return secretariatFte;
    }

    public Membership getMembership() {
        return membership == null ? Membership.unknown() : membership;
    }

    public String getWebsite() {
        return website;
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
