package dk.pulje.command.infra;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.ReflectionUtils;
import org.axonframework.common.annotation.AnnotationUtils;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;

/**
 * Finds a command's aggregate by {@link TargetAggregateIdentifier} and {@link TargetAggregateVersion}, as Axon's
 * {@code AnnotationCommandTargetResolver} does, but looks the annotated members up once per command type instead of
 * walking every method and field of the command for each command it routes.
 */
class CommandTargets implements CommandTargetResolver {

    private final ClassValue<Target> targets = new ClassValue<>() {
        @Override
        protected Target computeValue(Class<?> commandType) {
            return new Target(
                    annotated(commandType, TargetAggregateIdentifier.class),
                    annotated(commandType, TargetAggregateVersion.class));
        }
    };

    @Override
    public VersionedAggregateIdentifier resolveTarget(CommandMessage<?> command) {
        Target target = targets.get(command.getPayloadType());
        Object identifier = read(target.identifier(), command.getPayload());
        if (identifier == null) {
            throw new IllegalArgumentException("Invalid command. It does not identify the target aggregate: "
                    + command.getPayloadType().getSimpleName() + " has no @TargetAggregateIdentifier with a value");
        }
        return new VersionedAggregateIdentifier(
                identifier.toString(), version(read(target.version(), command.getPayload())));
    }

    private static Long version(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The value provided for the version is not a number.", e);
        }
    }

    private static Member annotated(Class<?> type, Class<? extends Annotation> annotation) {
        for (Method method : ReflectionUtils.methodsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(method, annotation)) {
                return ReflectionUtils.ensureAccessible(method);
            }
        }
        for (Field field : ReflectionUtils.fieldsOf(type)) {
            if (AnnotationUtils.isAnnotationPresent(field, annotation)) {
                return ReflectionUtils.ensureAccessible(field);
            }
        }
        return null;
    }

    private static Object read(Member member, Object command) {
        try {
            if (member instanceof Method method) {
                return method.invoke(command);
            }
            return member instanceof Field field ? field.get(command) : null;
        } catch (InvocationTargetException | IllegalAccessException e) {
            throw new IllegalArgumentException(
                    "An exception occurred while extracting aggregate information from a " + "command", e);
        }
    }

    private record Target(Member identifier, Member version) {}
}
