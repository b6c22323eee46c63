package dk.ecei.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * The engine alone for model-level process tests: in-memory H2, no job executor, full history, and an expression
 * manager that resolves {@code ${someDelegate}} from {@link org.camunda.bpm.engine.test.mock.Mocks}, so the BPMN
 * files run with mocked delegates and without Spring. One engine per test JVM (a second costs a second or two).
 */
public final class ModelTestEngine {

    private static ProcessEngine engine;

    private ModelTestEngine() {
    }

    public static synchronized ProcessEngine get() {
        if (engine == null) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("ecei-model-tests");
            configuration.setJdbcUrl("jdbc:h2:mem:ecei-model-tests;DB_CLOSE_DELAY=-1");
            configuration.setJobExecutorActivate(false);
            configuration.setHistory("full");
            configuration.setExpressionManager(new MockExpressionManager());
            engine = configuration.buildProcessEngine();
        }
        return engine;
    }

    /** For {@code @RegisterExtension}: deploys a test's {@code @Deployment} resources and removes them after it. */
    public static ProcessEngineExtension extension() {
        return ProcessEngineExtension.builder().useProcessEngine(get()).build();
    }

    /** Fixes the engine's time (timers, due dates) at the instant; {@link #resetTime()} after the test. */
    public static void setTime(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    public static void resetTime() {
        ClockUtil.reset();
    }

    /** A {@link Clock} that reads the engine's time, for the expression beans the models call ({@code ${ecei.due(...)}}). */
    public static Clock engineClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/Copenhagen");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }
}
