package fr.gouv.travail.dosiportail.identity.localidp;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the local identity provider before the application's beans, so that its issuer
 * ({@code dosiportail.identity.local-idp.issuer}) is known to the OIDC client and resource server settings;
 * stops it with the application, also when the application fails to start. Registered in spring.factories.
 */
public class LocalIdpInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PREFIX = "dosiportail.identity.local-idp";
    static final String INSIDE = PREFIX + ".inside";
    public static final String ISSUER = PREFIX + ".issuer";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        if (env.getProperty(INSIDE, Boolean.class, false)) {
            return; // the provider's own context
        }
        LocalIdpSettings settings = Binder.get(env).bindOrCreate(PREFIX, LocalIdpSettings.class);
        if (!settings.enabled()) {
            return;
        }
        LocalIdentityProvider provider = LocalIdentityProvider.start(settings);
        env.getPropertySources().addFirst(new MapPropertySource("localIdentityProvider",
                Map.of(ISSUER, provider.issuer())));
        context.getBeanFactory().registerSingleton("localIdentityProvider", provider);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context
                    || event instanceof ApplicationFailedEvent) {
                provider.close();
            }
        });
    }
}
