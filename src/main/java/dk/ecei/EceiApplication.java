package dk.ecei;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class EceiApplication {

    public static void main(String[] args) {
        SpringApplication.run(EceiApplication.class, args);
    }
}
