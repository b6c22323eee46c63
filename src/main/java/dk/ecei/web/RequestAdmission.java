package dk.ecei.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many requests at work at once; the others wait for their turn in the order they came. The pages and the
 * API spend their time on the processors (rendering, the engine, the database on the same machine): with more requests
 * at work than processors can serve, each one's statements and rendering wait for a core behind the others', and which
 * request meets the longest wait is chance. With ten clients on two cores that put a page's p99 at three to five
 * times its median. Waiting in line costs the same on average and keeps the slowest close to it.
 *
 * <p>Not limited: uploads (multipart: the client's network sets their pace, not the processors), file downloads
 * ({@code .../content}, for the same reason) and the health endpoints a load balancer asks.
 */
final class RequestAdmission extends OncePerRequestFilter {

    private final Semaphore permits;

    RequestAdmission(int concurrentRequests) {
        if (concurrentRequests < 1) {
            throw new IllegalArgumentException("At least one request at once, not " + concurrentRequests);
        }
        this.permits = new Semaphore(concurrentRequests, true);
    }

    /**
     * The default: as many as the processors, at least two. Measured on two cores with MariaDB beside the application
     * (bench/README.md, eighteenth session), two at once kept the ten-client p99 lowest, three and four a little higher,
     * no limit three to five times the median. Where the database runs elsewhere a request waits longer for it, and
     * more at once pay: then set {@code ecei.web.concurrent-requests}.
     */
    static int byProcessors(int processors) {
        return Math.max(2, processors);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (paced(request)) {
            chain.doFilter(request, response);
            return;
        }
        permits.acquireUninterruptibly();
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** A request whose pace the client's network sets, or one that must answer at once. */
    static boolean paced(HttpServletRequest request) {
        String type = request.getContentType();
        String uri = request.getRequestURI();
        return (type != null && type.regionMatches(true, 0, "multipart/", 0, 10)) || uri.endsWith("/content")
                || uri.startsWith("/actuator/health");
    }

    /** How many requests are waiting for their turn (for tests and the bench). */
    int waiting() {
        return permits.getQueueLength();
    }
}
