package org.conductpolicy.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conductpolicy.api.InvalidFactException;
import org.conductpolicy.api.fact.Fact;
import org.conductpolicy.api.fact.FactType;
import org.conductpolicy.api.fact.Flag;

/**
 * How facts are made from, and written as, case-file fields. Everything about a type's shape is read
 * from the type itself: its name from {@link FactType}, its fields from its record's components, and how
 * a flag may be left out from the component's {@link Flag}.
 */
final class FactShapes {
    private FactShapes() {}

    /**
     * Makes the fact from its field values, in {@link FactType#fields()} order, through the record's own
     * constructor, so that it checks its fields exactly as it does for a host.
     *
     * @throws InvalidFactException as the constructor throws it
     */
    static Fact build(FactType type, Object[] values) {
        try {
            Class<?>[] parameterTypes =
                    type.fields().stream().map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<? extends Fact> constructor = type.factClass().getDeclaredConstructor(parameterTypes);
            return constructor.newInstance(values);
        } catch (InvocationTargetException failed) {
            if (failed.getCause() instanceof RuntimeException problem) {
                throw problem;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException("cannot make a " + type.wireName(), unexpected);
        }
    }

    /**
     * A fact's fields as a case file writes them, {@code type} first: fields left empty and flags that
     * may be left out at the value they take when left out are left out.
     */
    static Map<String, Object> valuesOf(Fact fact) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("type", fact.type().wireName());
        List<RecordComponent> fields = fact.type().fields();
        for (RecordComponent component : fields) {
            Object value = valueOf(fact, component);
            if (value != null && !(value instanceof Boolean flag && isOmitted(component, flag))) {
                values.put(component.getName(), value);
            }
        }
        return values;
    }

    private static boolean isOmitted(RecordComponent component, boolean flag) {
        return switch (Flag.IfOmitted.of(component)) {
            case FALSE -> !flag;
            case TRUE -> flag;
            case REQUIRED -> false;
        };
    }

    private static Object valueOf(Fact fact, RecordComponent component) {
        try {
            return component.getAccessor().invoke(fact);
        } catch (ReflectiveOperationException unexpected) {
            throw new IllegalStateException(
                    "cannot read " + fact.type().wireName() + "." + component.getName(), unexpected);
        }
    }
}
