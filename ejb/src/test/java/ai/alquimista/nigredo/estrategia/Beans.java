package ai.alquimista.nigredo.estrategia;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Wires a component outside the container, as CDI would: every {@code @Inject}, {@code @PersistenceContext} and
 * {@code @Resource} field gets the one dependency of its type, then {@code @PostConstruct} runs. A field nothing
 * fits fails the wiring, naming it, rather than leaving a null for the test to trip on.
 */
public final class Beans {

    private Beans() {}

    public static <T> T wire(T bean, Object... dependencies) {
        try {
            for (Class<?> type = bean.getClass(); type != Object.class; type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (injected(field)) {
                        field.setAccessible(true);
                        field.set(bean, dependency(field, dependencies));
                    }
                }
            }
            for (Method method : bean.getClass().getDeclaredMethods()) {
                if (method.isAnnotationPresent(PostConstruct.class)) {
                    method.setAccessible(true);
                    method.invoke(bean);
                }
            }
            return bean;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot wire " + bean.getClass().getSimpleName() + ": " + e, e);
        }
    }

    private static boolean injected(Field field) {
        return field.isAnnotationPresent(Inject.class)
                || field.isAnnotationPresent(PersistenceContext.class)
                || field.isAnnotationPresent(Resource.class);
    }

    private static Object dependency(Field field, Object... dependencies) {
        return Arrays.stream(dependencies)
                .filter(field.getType()::isInstance)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("nothing to inject into "
                        + field.getDeclaringClass().getSimpleName() + "." + field.getName() + " ("
                        + field.getType().getSimpleName() + ")"));
    }
}
