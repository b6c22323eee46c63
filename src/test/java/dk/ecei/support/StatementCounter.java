package dk.ecei.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread sends to the database (JPA, plain JDBC and the engine alike: every
 * {@code execute*} and every {@code executeBatch} counts once), so that tests can hold pages and API calls to a budget.
 * The application's one DataSource is wrapped in the test profile; nothing else changes.
 */
public final class StatementCounter {

    private static final ThreadLocal<int[]> COUNT = ThreadLocal.withInitial(() -> new int[1]);
    private static final AtomicLong ALL_THREADS = new AtomicLong();
    /** Nanoseconds of every thread spent in statements and commits (waiting for the database), and the commits. */
    private static final AtomicLong DATABASE_NANOS = new AtomicLong();
    private static final AtomicLong COMMITS = new AtomicLong();
    private static final ThreadLocal<long[]> OWN_DATABASE = ThreadLocal.withInitial(() -> new long[2]);
    /** Nanoseconds this thread waited for the pool to hand it a connection. */
    private static final ThreadLocal<long[]> OWN_POOL_WAIT = ThreadLocal.withInitial(() -> new long[1]);
    /** While not null, every statement's SQL (and every commit) of every thread is added here, with the time it took. */
    private static volatile Queue<Timed> recorded;

    /** A recorded statement (or {@code commit}) and the nanoseconds the thread waited for it. */
    public record Timed(String sql, long nanos) {
    }

    private StatementCounter() {
    }

    /** The number of statements the action sent. */
    public static int count(Callable<?> action) throws Exception {
        int before = COUNT.get()[0];
        action.call();
        return COUNT.get()[0] - before;
    }

    /** The statements the current thread sent so far. */
    public static long ofThisThread() {
        return COUNT.get()[0];
    }

    /** Every statement of every thread so far (for harnesses whose requests run on server threads). */
    public static long total() {
        return ALL_THREADS.get();
    }

    /** Nanoseconds every thread so far spent waiting for statements and commits. */
    public static long databaseNanos() {
        return DATABASE_NANOS.get();
    }

    /** Commits of every thread so far. */
    public static long commits() {
        return COMMITS.get();
    }

    /** Nanoseconds this thread so far spent waiting for statements and commits. */
    public static long databaseNanosOfThisThread() {
        return OWN_DATABASE.get()[0];
    }

    /** Nanoseconds this thread so far waited for a connection from the pool (not in {@link #databaseNanosOfThisThread}). */
    public static long poolWaitNanosOfThisThread() {
        return OWN_POOL_WAIT.get()[0];
    }

    /** Commits of this thread so far. */
    public static long commitsOfThisThread() {
        return OWN_DATABASE.get()[1];
    }

    /** Starts recording the SQL of every statement of every thread (dropping what an earlier recording held). */
    public static void startRecording() {
        recorded = new ConcurrentLinkedQueue<>();
    }

    /** Stops recording; the SQL of the statements sent since {@link #startRecording()}, in the order sent. */
    public static List<String> stopRecording() {
        return stopRecordingTimed().stream().filter(t -> !t.sql().equals(COMMIT) && !t.sql().startsWith(CONNECTION))
                .map(Timed::sql).toList();
    }

    /**
     * Stops recording; the statements sent since {@link #startRecording()} and the commits (as {@value #COMMIT}), each
     * with its wait, in the order they ended.
     */
    public static List<Timed> stopRecordingTimed() {
        Queue<Timed> sql = recorded;
        recorded = null;
        return sql == null ? List.of() : List.copyOf(sql);
    }

    /** How {@link #stopRecordingTimed()} names a commit. */
    public static final String COMMIT = "commit";

    /**
     * How {@link #stopRecordingTimed()} starts the name of another call on a connection that may wait for the server
     * (setAutoCommit, rollback, close: the pool's reset), recorded with its wait; neither a statement nor in
     * {@link #databaseNanos()}.
     */
    public static final String CONNECTION = "[connection] ";

    /** The data source, counting the statements sent through it. */
    public static DataSource counting(DataSource target) {
        return target instanceof CountingDataSource ? target : new CountingDataSource(target);
    }

    /** Wraps every DataSource bean of a context in a counting one. */
    public static BeanPostProcessor countingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds ? counting(ds) : bean;
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("test")
    static class Wiring {

        @Bean
        static BeanPostProcessor countStatements() {
            return countingDataSources();
        }
    }

    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            long t0 = System.nanoTime();
            try {
                return wrap(super.getConnection());
            } finally {
                OWN_POOL_WAIT.get()[0] += System.nanoTime() - t0;
            }
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            long t0 = System.nanoTime();
            try {
                return wrap(super.getConnection(username, password));
            } finally {
                OWN_POOL_WAIT.get()[0] += System.nanoTime() - t0;
            }
        }

        private static Connection wrap(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class},
                    new Forwarding(connection, true, null));
        }
    }

    private record Forwarding(Object target, boolean connection, String sql) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            boolean executes = !connection && name.startsWith("execute");
            boolean commit = connection && name.equals("commit");
            // The other calls on a connection that may wait for the server (a transaction's begin and end, the pool's
            // reset on close): recorded by name, not counted as statements nor in the statements' wait.
            boolean other = connection && !commit && recorded != null && (name.startsWith("set") || name.equals("rollback")
                    || name.equals("close") || name.equals("isValid") || name.equals("releaseSavepoint"));
            if (other) {
                long t0 = System.nanoTime();
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                } finally {
                    Queue<Timed> sqls = recorded;
                    if (sqls != null) {
                        sqls.add(new Timed(CONNECTION + name + (args != null && args.length == 1 && args[0] instanceof Boolean b
                                ? "(" + b + ")" : ""), System.nanoTime() - t0));
                    }
                }
            }
            if (executes) {
                COUNT.get()[0]++;
                ALL_THREADS.incrementAndGet();
            }
            Object result;
            long t0 = executes || commit ? System.nanoTime() : 0;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                if (executes || commit) {
                    long nanos = System.nanoTime() - t0;
                    Queue<Timed> sqls = recorded;
                    if (sqls != null) {
                        sqls.add(new Timed(commit ? COMMIT : args != null && args.length > 0 && args[0] instanceof String text
                                ? text : (name.equals("executeBatch") ? "[batch] " : "") + sql, nanos));
                    }
                    long[] own = OWN_DATABASE.get();
                    own[0] += nanos;
                    DATABASE_NANOS.addAndGet(nanos);
                    if (commit) {
                        own[1]++;
                        COMMITS.incrementAndGet();
                    }
                }
            }
            if (connection && result instanceof Statement statement && (name.equals("createStatement")
                    || name.equals("prepareStatement") || name.equals("prepareCall"))) {
                Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                return Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type},
                        new Forwarding(statement, false, args != null && args.length > 0 && args[0] instanceof String text
                                ? text : null));
            }
            return result;
        }
    }
}
