package dk.ecei.web;

import dk.ecei.shared.ListPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list's pager: the first, previous, next and last page of the same list with every filter and the sort
 * of the current request kept (only {@code page} changes), and where the reader stands.
 */
record Pager(int page, int pages, long total, int size, String first, String previous, String next, String last) {

    static Pager of(ListPage<?> list, HttpServletRequest request) {
        int pages = list.pages();
        return new Pager(list.page(), pages, list.total(), list.size(),
                list.hasPrevious() ? link(request, 0) : null,
                list.hasPrevious() ? link(request, Math.min(list.page() - 1, pages - 1)) : null,
                list.hasNext() ? link(request, list.page() + 1) : null,
                list.hasNext() ? link(request, pages - 1) : null);
    }

    private static String link(HttpServletRequest request, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (!name.equals("page") && !name.equals("lang") && !name.equals("_csrf")) {
                String[] values = Arrays.stream(parameter.getValue()).filter(v -> !v.isEmpty()).toArray(String[]::new);
                if (values.length > 0) {
                    uri.queryParam(name, (Object[]) values);
                }
            }
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        return uri.build().encode().toUriString();
    }
}
