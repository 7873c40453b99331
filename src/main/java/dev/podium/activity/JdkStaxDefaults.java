package dev.podium.activity;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Keeps the JDK's own StAX implementation the default for everyone else. fastexcel's reader brings Aalto, which it
 * uses directly, but Aalto also registers itself as the JVM-wide StAX provider, and Flowable's BPMN schema validation
 * fails on Aalto's streams ("timerEventDefinition cannot have character children"). Naming the JDK's factories in
 * the system properties (unless someone already chose others) makes {@code XMLInputFactory.newInstance()} return
 * them again, before any bean is created.
 */
class JdkStaxDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        apply();
    }

    static void apply() {
        setIfAbsent("javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl");
        setIfAbsent("javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl");
        setIfAbsent("javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
