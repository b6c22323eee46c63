package dk.ecei.assessment;

import dk.ecei.label.LabelLevel;

/**
 * What a reader narrows the list of assessments to; every part may be null (no filter). {@code step} is where the
 * assessment stands ({@link AssessmentStatus}); {@code open} keeps those in progress (true) or finished (false);
 * {@code cluster} searches the cluster's name; {@code expert} the user name of either expert.
 */
public record AssessmentFilter(LabelLevel level, AssessmentStatus step, Boolean open, Long clusterId, String cluster,
        String expert, Sort sort) {

    public static final int MAX_TEXT = 200;

    public AssessmentFilter {
        cluster = trimmed(cluster);
        expert = trimmed(expert);
        sort = sort == null ? Sort.NEWEST : sort;
    }

    public static AssessmentFilter none() {
        return new AssessmentFilter(null, null, null, null, null, null, null);
    }

    /** The orders a list of assessments can be read in. */
    public enum Sort {
        NEWEST("a.requested_at desc, a.id desc"),
        OLDEST("a.requested_at, a.id"),
        UPDATED("a.updated_at desc, a.id desc"),
        CLUSTER("c.name, a.requested_at desc, a.id desc"),
        LEVEL("case a.level when 'GOLD' then 0 when 'SILVER' then 1 else 2 end, a.requested_at desc, a.id desc"),
        STEP("a.status, a.requested_at desc, a.id desc");

        final String orderBy;

        Sort(String orderBy) {
            this.orderBy = orderBy;
        }
    }

    private static String trimmed(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > MAX_TEXT ? stripped.substring(0, MAX_TEXT) : stripped;
    }
}
