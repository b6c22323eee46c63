package dk.ecei.assessor;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The impartiality rules that no public ECEI text fixes, so they are settings: how many years a tie to a cluster
 * keeps an assessor away from it, and whether a Gold pair needs an expert from another country than the cluster's.
 */
@ConfigurationProperties("ecei.assessors")
@Validated
public record AssessorSettings(
        @DefaultValue("3") @Min(0) int conflictYears,
        @DefaultValue("true") boolean goldRequiresForeignExpert) {

    public static AssessorSettings ecei() {
        return new AssessorSettings(3, true);
    }
}
