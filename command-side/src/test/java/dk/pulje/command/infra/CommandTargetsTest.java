package dk.pulje.command.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.junit.jupiter.api.Test;

class CommandTargetsTest {

    record OnComponent(@TargetAggregateIdentifier String poolId, String other) {}

    record WithVersion(
            @TargetAggregateIdentifier String poolId,
            @TargetAggregateVersion Long version) {}

    record WithTextVersion(
            @TargetAggregateIdentifier String poolId,
            @TargetAggregateVersion String version) {}

    static final class OnMethod {
        @TargetAggregateIdentifier
        String target() {
            return "from-method";
        }
    }

    static final class OnField {
        @TargetAggregateIdentifier
        private final Object id = 42;

        @TargetAggregateVersion
        private final int version = 7;
    }

    record Untargeted(String poolId) {}

    private final CommandTargets targets = new CommandTargets();
    private final AnnotationCommandTargetResolver axons =
            AnnotationCommandTargetResolver.builder().build();

    @Test
    void finds_the_same_aggregate_and_version_as_axons_resolver() {
        for (Object command : List.of(
                new OnComponent("pool-1", "x"),
                new WithVersion("pool-2", 3L),
                new WithVersion("pool-3", null),
                new WithTextVersion("pool-4", "12"),
                new OnMethod(),
                new OnField())) {
            VersionedAggregateIdentifier expected =
                    axons.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            VersionedAggregateIdentifier found = targets.resolveTarget(GenericCommandMessage.asCommandMessage(command));
            assertThat(found.getIdentifier())
                    .as(command.getClass().getSimpleName())
                    .isEqualTo(expected.getIdentifier());
            assertThat(found.getVersion())
                    .as(command.getClass().getSimpleName())
                    .isEqualTo(expected.getVersion());
        }
        assertThat(targets.resolveTarget(GenericCommandMessage.asCommandMessage(new OnField()))
                        .getIdentifier())
                .isEqualTo("42");
    }

    @Test
    void a_command_without_a_target_or_with_a_version_that_is_no_number_is_refused() {
        assertThatThrownBy(() -> targets.resolveTarget(GenericCommandMessage.asCommandMessage(new Untargeted("p"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Untargeted");
        assertThatThrownBy(
                        () -> targets.resolveTarget(GenericCommandMessage.asCommandMessage(new OnComponent(null, "x"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> targets.resolveTarget(
                        GenericCommandMessage.asCommandMessage(new WithTextVersion("pool", "seven"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a number");
    }
}
