package dk.ecei.workflow;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine parses every timer's ISO 8601 duration (a step's escalation, a label's expiry, a reminder) with a
 * {@link DatatypeFactory} it asks for afresh each time ({@code DurationHelper}: {@code DatatypeFactory.newInstance()}).
 * Without its system property that look-up is a {@link java.util.ServiceLoader} that opens every jar of the class
 * path for a service file none of them has, and then takes the JDK's own factory: 90 to 150 microseconds a timer with
 * the test class path's 365 jars, against 3 once named (bench/README, nineteenth session).
 * Named by the property it reads first, the JDK's factory is found without the scan; an operator's own setting stays.
 * No jar of the application provides another factory ({@code EngineDurationsTests} fails when one does), so this
 * changes only the look-up, never the factory.
 */
@Component
class EngineDurations extends AbstractProcessEnginePlugin {

    /** The system property {@link DatatypeFactory#newInstance()} reads before it looks at the class path. */
    static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        }
    }
}
