package dk.ecei.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list as pages and the API show it: the items, the page number (from 0), the page size and how many
 * items the whole list holds.
 */
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public ListPage {
        items = List.copyOf(items);
    }

    public static <T> ListPage<T> empty(PageQuery query) {
        return new ListPage<>(List.of(), query.page(), query.size(), 0);
    }

    /** The page of a list read whole (a list the page shows in part but counts in full). */
    public static <T> ListPage<T> slice(List<T> all, PageQuery query) {
        int from = (int) Math.min(all.size(), query.offset());
        int to = (int) Math.min(all.size(), query.offset() + query.size());
        return new ListPage<>(all.subList(from, to), query.page(), query.size(), all.size());
    }

    /** How many pages the whole list fills (at least one, so an empty list reads "page 1 of 1"). */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public <R> ListPage<R> map(Function<? super T, ? extends R> mapper) {
        return new ListPage<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
