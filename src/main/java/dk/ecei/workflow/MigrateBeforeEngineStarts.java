package dk.ecei.workflow;

import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The engine creates its own tables at start-up and its jobs may touch ours, so Flyway must have migrated the
 * schema first (in tests Flyway may even clean the schema, which would drop the engine's tables after it started).
 */
@Component
class MigrateBeforeEngineStarts implements BeanFactoryPostProcessor {

    private static final String FLYWAY = "flywayInitializer";
    private static final String[] ENGINE_BEANS = {"processEngineFactoryBean", "processEngine"};

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY)) {
            return;
        }
        for (String name : ENGINE_BEANS) {
            if (beanFactory.containsBeanDefinition(name)) {
                dependOnFlyway(beanFactory.getBeanDefinition(name));
            }
        }
    }

    private static void dependOnFlyway(BeanDefinition engine) {
        String[] dependsOn = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
        if (Arrays.asList(dependsOn).contains(FLYWAY)) {
            return;
        }
        engine.setDependsOn(Stream.concat(Arrays.stream(dependsOn), Stream.of(FLYWAY)).toArray(String[]::new));
    }
}
