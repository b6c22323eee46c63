package dk.ecei.shared;

import java.time.LocalDate;

/** Checks of raw inputs at the edge, before they reach a service, the engine or the database. */
public final class InputBounds {

    /** Longest file name we keep (most file systems allow 255 bytes). */
    public static final int MAX_FILE_NAME = 255;

    private InputBounds() {
    }

    /**
     * A file name a person gave: not empty, not too long, without control characters (NUL, line breaks) and without
     * a path (browsers send the bare name; "../x" or "C:\\x" is somebody probing).
     */
    public static String requireSafeFileName(String field, String name) {
        if (name == null || name.isBlank() || name.length() > MAX_FILE_NAME
                || name.codePoints().anyMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029
                        || c == '/' || c == '\\')) {
            throw new InvalidFieldException(field, "input.fileName", MAX_FILE_NAME);
        }
        return name;
    }

    /** A day in the window that every date field of the system accepts ({@link PlausibleDate}). */
    public static LocalDate requirePlausible(String field, LocalDate date) {
        if (date != null && !PlausibleDate.Check.isPlausible(date)) {
            throw new InvalidFieldException(field, "input.date");
        }
        return date;
    }
}
