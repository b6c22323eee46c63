package dk.ecei.indicator;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One published version of the catalogue with its categories and indicators. Immutable once stored. */
@Entity
@Table(name = "catalogue_version")
public class CatalogueVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String code;

    @Column(nullable = false)
    private String title;

    private String description;

    @Column(name = "reference_catalogue", nullable = false)
    private boolean referenceCatalogue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CatalogueStatus status;

    @Column(name = "gold_pass_share", nullable = false)
    private BigDecimal goldPassShare;

    @Enumerated(EnumType.STRING)
    @Column(name = "gold_pass_basis", nullable = false)
    private GoldPassBasis goldPassBasis = GoldPassBasis.INDICATORS_MET;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.PERSIST, orphanRemoval = false)
    @JoinColumn(name = "catalogue_version_id", nullable = false, updatable = false)
    @OrderBy("scheme, position")
    private List<IndicatorCategory> categories = new ArrayList<>();

    protected CatalogueVersion() {
    }

    CatalogueVersion(String code, String title, String description, GoldPassBasis goldPassBasis, BigDecimal goldPassShare,
            List<IndicatorCategory> categories, String publishedBy, Instant now) {
        this.goldPassBasis = goldPassBasis;
        this.code = code;
        this.title = title;
        this.description = description;
        this.referenceCatalogue = false;
        this.status = CatalogueStatus.PUBLISHED;
        this.goldPassShare = goldPassShare;
        this.categories = new ArrayList<>(categories);
        this.publishedAt = now;
        this.publishedBy = publishedBy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public boolean isReferenceCatalogue() {
        return referenceCatalogue;
    }

    public CatalogueStatus getStatus() {
        return status;
    }

    public GoldPassBasis getGoldPassBasis() {
        return goldPassBasis;
    }

    public BigDecimal getGoldPassShare() {
        return goldPassShare;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public List<IndicatorCategory> getCategories() {
        return List.copyOf(categories);
    }
}
