package fr.gouv.travail.dosiportail;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Dosiportail", sharedModules = {"core", "platform"})
public class DosiportailApplication {

    public static void main(String[] args) {
        SpringApplication.run(DosiportailApplication.class, args);
    }
}
