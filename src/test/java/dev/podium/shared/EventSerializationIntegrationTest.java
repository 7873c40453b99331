package dev.podium.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.PodiumSpringTest;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every event some module listens to after commit is stored as JSON and, when resubmitted, read back: each must
 * come back equal, or a resubmission would fail where the first delivery worked.
 */
@PodiumSpringTest
class EventSerializationIntegrationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    EventSerializer serializer;

    @Test
    void every_event_with_an_after_commit_listener_reads_back_as_it_was_stored() throws Exception {
        Set<Class<?>> events = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> type = context.getType(name);
            if (type == null || !type.getName().startsWith("dev.podium")) {
                continue;
            }
            for (Method method : AopUtils.getTargetClass(context.getBean(name)).getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class)
                        && method.getParameterCount() == 1) {
                    events.add(method.getParameterTypes()[0]);
                }
            }
        }
        assertThat(events).hasSizeGreaterThan(15);
        for (Class<?> event : events) {
            assertThat(event.isRecord()).as(event.getName()).isTrue();
            Object sample = sample(event);
            Object stored = serializer.serialize(sample);
            assertThat(stored.toString()).as(event.getName()).hasSizeLessThan(4000);
            assertThat(serializer.deserialize(stored, event)).as(event.getName()).isEqualTo(sample);
        }
    }

    private static Object sample(Class<?> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getType(), components[i].getGenericType());
        }
        var constructor = type.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
    }

    private static Object value(Class<?> type, Type generic) throws Exception {
        if (type == long.class || type == Long.class) {
            return 7L;
        }
        if (type == int.class || type == Integer.class) {
            return 7;
        }
        if (type == boolean.class || type == Boolean.class) {
            return true;
        }
        if (type == String.class) {
            return "social-media-guidelines";
        }
        if (type == Instant.class) {
            return Instant.now().truncatedTo(ChronoUnit.MICROS);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(2026, 12, 3);
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == List.class || type == Set.class || type == java.util.Collection.class) {
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            Object one = value((Class<?>) element, element);
            return type == List.class ? List.of(one) : Set.of(one);
        }
        if (type == Map.class) {
            return Map.of();
        }
        if (type.isRecord()) {
            return sample(type);
        }
        throw new IllegalStateException("No sample value for " + type);
    }
}
