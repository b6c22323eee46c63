package dk.ecei.web;

import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterField;
import dk.ecei.cluster.ClusterType;
import dk.ecei.cluster.ClusterView;
import dk.ecei.cluster.Region;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.format.annotation.NumberFormat;

/**
 * The cluster form. A bean with setters rather than a record (STYLE.md prefers records for forms): Thymeleaf's
 * th:field reads and writes form objects as JavaBeans, and it is what keeps every typed value on a validation error.
 */
public class ClusterForm {

    @NotBlank @Size(max = 200)
    private String name;
    @Pattern(regexp = "\\d{8}")
    private String cvrNumber;
    @NotNull
    private ClusterType type;
    private Region region;
    @NotEmpty
    private Set<ClusterField> fields = new LinkedHashSet<>();
    @DecimalMin("0.0") @DecimalMax("1000.0") @NumberFormat(style = NumberFormat.Style.NUMBER)
    private BigDecimal secretariatFte;
    @Min(0)
    private Integer companies;
    @Min(0)
    private Integer smes;
    @Min(0)
    private Integer knowledgeInstitutions;
    @Min(0)
    private Integer publicActors;
    @Min(0)
    private Integer other;
    @Size(max = 300) @Pattern(regexp = "https?://\\S+")
    private String website;
    private long version;
    private boolean eccpListed;
    private boolean formalOrganisation;

    static ClusterForm of(ClusterView cluster) {
        ClusterForm form = new ClusterForm();
        form.name = cluster.name();
        form.cvrNumber = cluster.cvrNumber();
        form.type = cluster.type();
        form.region = cluster.region();
        form.fields = new LinkedHashSet<>(cluster.fields());
        form.secretariatFte = cluster.secretariatFte();
        if (cluster.members() != null) {
            form.companies = cluster.members().companies();
            form.smes = cluster.members().smes();
            form.knowledgeInstitutions = cluster.members().knowledgeInstitutions();
            form.publicActors = cluster.members().publicActors();
            form.other = cluster.members().other();
        }
        form.website = cluster.website();
        form.version = cluster.version();
        form.eccpListed = cluster.eccpListed();
        form.formalOrganisation = cluster.formalOrganisation();
        return form;
    }

    ClusterDetails details() {
        return new ClusterDetails(name, cvrNumber, type, region, fields, secretariatFte,
                new ClusterDetails.MembershipCounts(companies, smes, knowledgeInstitutions, publicActors, other), website,
                eccpListed, formalOrganisation);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCvrNumber() { return cvrNumber; }
    public void setCvrNumber(String cvrNumber) { this.cvrNumber = cvrNumber; }
    public ClusterType getType() { return type; }
    public void setType(ClusterType type) { this.type = type; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Set<ClusterField> getFields() { return fields; }
    public void setFields(Set<ClusterField> fields) { this.fields = fields == null ? new LinkedHashSet<>() : fields; }
    public BigDecimal getSecretariatFte() { return secretariatFte; }
    public void setSecretariatFte(BigDecimal secretariatFte) { this.secretariatFte = secretariatFte; }
    public Integer getCompanies() { return companies; }
    public void setCompanies(Integer companies) { this.companies = companies; }
    public Integer getSmes() { return smes; }
    public void setSmes(Integer smes) { this.smes = smes; }
    public Integer getKnowledgeInstitutions() { return knowledgeInstitutions; }
    public void setKnowledgeInstitutions(Integer knowledgeInstitutions) { this.knowledgeInstitutions = knowledgeInstitutions; }
    public Integer getPublicActors() { return publicActors; }
    public void setPublicActors(Integer publicActors) { this.publicActors = publicActors; }
    public Integer getOther() { return other; }
    public void setOther(Integer other) { this.other = other; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public boolean isEccpListed() { return eccpListed; }
    public void setEccpListed(boolean eccpListed) { this.eccpListed = eccpListed; }
    public boolean isFormalOrganisation() { return formalOrganisation; }
    public void setFormalOrganisation(boolean formalOrganisation) { this.formalOrganisation = formalOrganisation; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
