package fr.gouv.travail.dosiportail.surveillance.delivery;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DeliverySettings.class)
class DeliveryConfiguration {
}
