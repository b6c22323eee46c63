package dk.ecei.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine's durations come from the JDK's factory, named, not looked up on the class path. */
class EngineDurationsTests {

    private final String before = System.getProperty(EngineDurations.PROPERTY);

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(EngineDurations.PROPERTY);
        } else {
            System.setProperty(EngineDurations.PROPERTY, before);
        }
    }

    @Test
    void noJarOffersAnotherFactorySoNamingTheJdksChangesOnlyTheLookUp() throws Exception {
        // Were a jar to offer one, the look-up would find it and naming the JDK's would change the factory.
        assertThat(Collections.list(getClass().getClassLoader()
                .getResources("META-INF/services/" + DatatypeFactory.class.getName()))).isEmpty();
    }

    @Test
    void theEngineFindsTheJdksFactoryByItsName() throws Exception {
        System.clearProperty(EngineDurations.PROPERTY);
        new EngineDurations().preInit(null);
        assertThat(System.getProperty(EngineDurations.PROPERTY)).isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().getClass().getName())
                .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
        assertThat(DatatypeFactory.newInstance().newDuration("P14D").getDays()).isEqualTo(14);
    }

    @Test
    void anOperatorsOwnSettingStays() {
        System.setProperty(EngineDurations.PROPERTY, "org.example.TheirFactory");
        new EngineDurations().preInit(null);
        assertThat(System.getProperty(EngineDurations.PROPERTY)).isEqualTo("org.example.TheirFactory");
    }
}
