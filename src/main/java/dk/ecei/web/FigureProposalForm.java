package dk.ecei.web;

import dk.ecei.cluster.ClusterDetails;
import dk.ecei.cluster.ClusterFigures;
import dk.ecei.cluster.ClusterView;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.springframework.format.annotation.NumberFormat;

/**
 * A cluster manager's proposal of new eligibility figures (support staff confirm it). A JavaBean for th:field, as
 * {@link ClusterForm} explains.
 */
public class FigureProposalForm {

    @NotNull @DecimalMin("0.0") @DecimalMax("1000.0") @Digits(integer = 4, fraction = 2)
    @NumberFormat(style = NumberFormat.Style.NUMBER)
    private BigDecimal secretariatFte;
    @Min(0) @Max(1000000)
    private Integer companies;
    @Min(0) @Max(1000000)
    private Integer smes;
    @Min(0) @Max(1000000)
    private Integer knowledgeInstitutions;
    @Min(0) @Max(1000000)
    private Integer publicActors;
    @Min(0) @Max(1000000)
    private Integer other;
    @Size(max = 1000)
    private String note;

    static FigureProposalForm of(ClusterView cluster) {
        FigureProposalForm form = new FigureProposalForm();
        form.secretariatFte = cluster.secretariatFte();
        if (cluster.members() != null) {
            form.companies = cluster.members().companies();
            form.smes = cluster.members().smes();
            form.knowledgeInstitutions = cluster.members().knowledgeInstitutions();
            form.publicActors = cluster.members().publicActors();
            form.other = cluster.members().other();
        }
        return form;
    }

    ClusterFigures.Proposal proposal() {
        return new ClusterFigures.Proposal(secretariatFte,
                new ClusterDetails.MembershipCounts(companies, smes, knowledgeInstitutions, publicActors, other), note);
    }

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
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
