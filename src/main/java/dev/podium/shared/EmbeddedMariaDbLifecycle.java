package dev.podium.shared;

import java.util.Arrays;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Ties the embedded server to the Spring context that acquired it: the data source depends on the lease, so
 * on close the pool (and Flowable's executor before it) is shut down first and the server released last. A
 * context that fails to start releases its lease too (see {@link FailedStartRelease}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(DatabaseEnvironmentPostProcessor.EMBEDDED_ACTIVE)
class EmbeddedMariaDbLifecycle {

    static final String LEASE_BEAN = "embeddedMariaDbLease";

    @Bean(LEASE_BEAN)
    DisposableBean embeddedMariaDbLease(ConfigurableEnvironment environment) {
        var lease = DatabaseEnvironmentPostProcessor.lease(environment);
        return () -> lease.ifPresent(EmbeddedMariaDb.Lease::release);
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnEmbeddedMariaDb() {
        return beanFactory -> {
            for (String name : beanFactory.getBeanNamesForType(DataSource.class, true, false)) {
                BeanDefinition definition = beanFactory.getBeanDefinition(name);
                String[] dependsOn = definition.getDependsOn();
                String[] extended = dependsOn == null ? new String[1] : Arrays.copyOf(dependsOn, dependsOn.length + 1);
                extended[extended.length - 1] = LEASE_BEAN;
                definition.setDependsOn(extended);
            }
        };
    }

    /** Registered in spring.factories, since a context that failed early never created the lease bean. */
    static final class FailedStartRelease implements ApplicationListener<ApplicationFailedEvent> {
        @Override
        public void onApplicationEvent(ApplicationFailedEvent event) {
            if (event.getApplicationContext() != null) {
                DatabaseEnvironmentPostProcessor.lease(event.getApplicationContext().getEnvironment())
                        .ifPresent(EmbeddedMariaDb.Lease::release);
            }
        }
    }
}
