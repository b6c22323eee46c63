package dk.ecei.shared;

/**
 * Which page of a list a reader asks for: the page number (from 0) and its size (1 to {@link #MAX_SIZE}), so that no
 * list loads a whole table. A page or size out of bounds is a bad request ({@link InvalidPageException}, a 400).
 */
public record PageQuery(int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 25;
    /** Pages past this one are refused: nobody reads that far, and a huge offset would make the database skip rows. */
    public static final int MAX_PAGE = 100_000;

    public PageQuery {
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidPageException("page", 0, MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidPageException("size", 1, MAX_SIZE);
        }
    }

    /** The page the request names, the first page and {@link #DEFAULT_SIZE} where it names none. */
    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * The total of a list of which this page found {@code found} rows: a page shorter than the size ends the list, so
     * its end is the total and needs no count (as Spring Data's pages do); a full page, or an empty one past the first,
     * asks {@code count}.
     */
    public long total(int found, java.util.function.LongSupplier count) {
        return found < size && (found > 0 || page == 0) ? offset() + found : count.getAsLong();
    }
}
