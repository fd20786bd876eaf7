package dev.topset.command;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CommandServiceApplication {

    /** Axon 4.12's update checker reports to AxonIQ's servers; training logs stay private unless opted in. */
    static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";

    public static void main(String[] args) {
        if (System.getProperty(UPDATE_CHECKER_DISABLED) == null && System.getenv("AXONIQ_UPDATE_CHECKER_DISABLED") == null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, "true");
        }
        SpringApplication.run(CommandServiceApplication.class, args);
    }
}
