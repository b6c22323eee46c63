package dk.ecei.bench;

import dk.ecei.support.StatementCounter;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;

/**
 * The application's own clock for the requests it serves (a filter before every other): the wall time on the server,
 * the CPU time of the request's thread in it, and that thread's wait for statements and commits. What the client
 * measures beyond the server's wall time is HTTP on the loopback; what the server's wall time holds beyond CPU and
 * database is the thread waiting for a core (or a lock).
 */
final class RequestClock implements Filter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final AtomicLong WALL = new AtomicLong();
    private static final AtomicLong CPU = new AtomicLong();
    private static final AtomicLong DATABASE = new AtomicLong();
    /** The header a client names its request by, to read that request's own clock afterwards ({@link #of}). */
    static final String REQUEST_ID = "X-Bench-Request";
    private static final java.util.Map<String, Served> BY_ID = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * One named request on the server (nanoseconds): its wall time, its thread's CPU, its wait for statements and
     * commits, its wait for a pooled connection, and the nanoTime it reached the filter.
     */
    record Served(long wall, long cpu, long database, long pool, long reached) {
    }

    static FilterRegistrationBean<RequestClock> registration() {
        FilterRegistrationBean<RequestClock> registration = new FilterRegistrationBean<>(new RequestClock());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Wall, CPU and database nanoseconds of every request served so far. */
    static long[] totals() {
        return new long[] {WALL.get(), CPU.get(), DATABASE.get()};
    }

    /** The request the client named {@code id} in {@link #REQUEST_ID} (null if not named or not yet done); forgotten once read. */
    static Served of(String id) {
        return BY_ID.remove(id);
    }

    /** Forgets the clocks of named requests nobody read. */
    static void forget() {
        BY_ID.clear();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long db0 = StatementCounter.databaseNanosOfThisThread();
        long pool0 = StatementCounter.poolWaitNanosOfThisThread();
        long t0 = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            long wall = System.nanoTime() - t0;
            long cpu = THREADS.getCurrentThreadCpuTime() - cpu0;
            long database = StatementCounter.databaseNanosOfThisThread() - db0;
            WALL.addAndGet(wall);
            CPU.addAndGet(cpu);
            DATABASE.addAndGet(database);
            String id = request instanceof jakarta.servlet.http.HttpServletRequest http ? http.getHeader(REQUEST_ID) : null;
            if (id != null) {
                BY_ID.put(id, new Served(wall, cpu, database, StatementCounter.poolWaitNanosOfThisThread() - pool0, t0));
            }
        }
    }
}
