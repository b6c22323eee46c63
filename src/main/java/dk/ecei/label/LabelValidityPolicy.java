package dk.ecei.label;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Works out until when a new label is valid, from the assessment date and the label it may renew. */
@Component
public class LabelValidityPolicy {

    private final LabelValiditySettings settings;

    public LabelValidityPolicy(LabelValiditySettings settings) {
        this.settings = settings;
    }

    /**
     * A label runs to the end of the month {@code validityMonths} after the month of the assessment (an interview
     * on 15 March 2016 gives a label valid until 31 March 2018). A Bronze benchmark held no later than
     * {@code renewalWindowMonths} after the previous Bronze expired renews it: the new period runs
     * {@code bronzeRenewalExtensionMonths} from the end of the previous one.
     */
    public LocalDate validUntil(LabelLevel level, LocalDate assessedOn, Optional<LabelPeriod> previous) {
        Optional<LabelPeriod> renewed = previous.filter(p -> renews(level, assessedOn, p));
        if (renewed.isPresent()) {
            return YearMonth.from(renewed.get().validUntil()).plusMonths(settings.bronzeRenewalExtensionMonths()).atEndOfMonth();
        }
        return YearMonth.from(assessedOn).plusMonths(settings.validityMonths()).atEndOfMonth();
    }

    /** Whether an assessment on {@code assessedOn} counts as a renewal of {@code previous}. */
    public boolean renews(LabelLevel level, LocalDate assessedOn, LabelPeriod previous) {
        return level == LabelLevel.BRONZE
                && previous.level() == LabelLevel.BRONZE
                && assessedOn.isAfter(previous.awardedOn())
                && !assessedOn.isAfter(previous.validUntil().plusMonths(settings.renewalWindowMonths()));
    }

    /** Whether a renewal assessment of any level falls in the renewal window of {@code previous}. */
    public boolean withinRenewalWindow(LocalDate assessedOn, LocalDate previousValidUntil) {
        return !assessedOn.isAfter(previousValidUntil.plusMonths(settings.renewalWindowMonths()));
    }

    /** The part of an earlier label that the rules look at. */
    public record LabelPeriod(LabelLevel level, LocalDate awardedOn, LocalDate validUntil) {
    }
}
