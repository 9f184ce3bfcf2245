package fr.gouv.travail.dosiportail.identity.localidp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.context.support.StandardServletEnvironment;

/** The running local identity provider: a separate Spring context with its own web server on 127.0.0.1. */
public final class LocalIdentityProvider implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private LocalIdentityProvider(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    static LocalIdentityProvider start(LocalIdpSettings settings) {
        // the issuer is fixed before start, so port 0 is resolved to a free port first
        int port = settings.port() == 0 ? freePort() : settings.port();
        String issuer = "http://127.0.0.1:" + port;
        StandardServletEnvironment env = new StandardServletEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("localIdp", properties(port)));
        SpringApplication app = new SpringApplicationBuilder(LocalIdpApplication.class)
                .environment(env)
                .initializers(c -> {
                    c.getBeanFactory().registerSingleton("localIdpSettings", settings);
                    c.getBeanFactory().registerSingleton("localIdpIssuer", new LocalIdpIssuer(issuer));
                })
                .build();
        // logging belongs to the application: the provider must neither reconfigure nor clean it up
        app.setListeners(app.getListeners().stream().filter(l -> !(l instanceof LoggingApplicationListener)).toList());
        return new LocalIdentityProvider(app.run(), issuer);
    }

    private static Map<String, Object> properties(int port) {
        Map<String, Object> p = new HashMap<>();
        p.put(LocalIdpInitializer.INSIDE, "true");
        p.put("spring.config.name", "dosiportail-local-idp"); // no such file: application.yml is not read
        p.put("spring.application.name", "dosiportail-local-idp");
        p.put("spring.main.banner-mode", "off");
        p.put("spring.main.web-application-type", "servlet");
        p.put("spring.messages.basename", "i18n/identity");
        p.put("spring.messages.fallback-to-system-locale", "false");
        p.put("server.address", "127.0.0.1");
        p.put("server.port", String.valueOf(port));
        // cookies ignore ports: the provider's session must not overwrite the application's
        p.put("server.servlet.session.cookie.name", "DOSIPORTAIL_IDP_SESSION");
        return p;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the local identity provider", e);
        }
    }

    public String issuer() {
        return issuer;
    }

    /** The provider's own context (tests read its signing key to forge expired tokens). */
    public ConfigurableApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        context.close();
    }
}
