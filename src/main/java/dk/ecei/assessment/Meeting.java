package dk.ecei.assessment;

import java.time.LocalDate;

/** The meeting of the approval body at which a batch of recommendations was decided. */
public record Meeting(String name, LocalDate date) {
}
