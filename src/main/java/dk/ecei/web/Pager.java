package dk.ecei.web;

import dk.ecei.shared.ListPage;
import jakarta.servlet.http.HttpServletRequest;
import dk.ecei.shared.PageQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list's pager: the first, previous, next and last page of the same list with every filter and the sort
 * of the current request kept (only {@code page} changes), and where the reader stands.
 */
record Pager(int page, int pages, long total, int size, String first, String previous, String next, String last) {

    static Pager of(ListPage<?> list, HttpServletRequest request) {
        return of(list, request, "page");
    }

    /** The pager of one of several lists on a page, each with its own page parameter. */
    static Pager of(ListPage<?> list, HttpServletRequest request, String parameter) {
        int pages = list.pages();
        return new Pager(list.page(), pages, list.total(), list.size(),
                list.hasPrevious() ? link(request, parameter, 0) : null,
                list.hasPrevious() ? link(request, parameter, Math.min(list.page() - 1, pages - 1)) : null,
                list.hasNext() ? link(request, parameter, list.page() + 1) : null,
                list.hasNext() ? link(request, parameter, pages - 1) : null);
    }

    /** One page of a list that is already in memory (a dashboard table whose totals need every row). */

    private static String link(HttpServletRequest request, String pageParameter, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!name.equals(pageParameter) && !name.equals("lang") && !name.equals("_csrf")) {
                String[] values = Arrays.stream(parameter.getValue()).filter(v -> !v.isEmpty()).toArray(String[]::new);
                if (values.length > 0) {
                    uri.queryParam(name, (Object[]) values);
                }
            }
        }
        if (page > 0) {
            uri.queryParam(pageParameter, page);
        }
        return uri.build().encode().toUriString();
    }
}
