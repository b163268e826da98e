package dk.pulje.spring.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every controller method declares beside it who may call it ({@link Allowed}, directly or through an annotation
 * that names a group of roles) or that anyone may ({@link Public}): one that declares neither is refused to everyone
 * by {@link EndpointAuthorization}, and this rule finds it first.
 */
public final class EndpointRule {

    private static final DescribedPredicate<JavaMethod> ENDPOINTS = new DescribedPredicate<>("answer requests") {
        @Override
        public boolean test(JavaMethod method) {
            JavaClass owner = method.getOwner();
            return owner.isMetaAnnotatedWith(Controller.class) || owner.isAnnotatedWith(Controller.class)
                    ? AnnotatedElementUtils.hasAnnotation(method.reflect(), RequestMapping.class)
                    : false;
        }
    };

    private static final ArchCondition<JavaMethod> DECLARE_WHO_MAY_CALL_THEM =
            new ArchCondition<>("declare who may call them (@Allowed) or that anyone may (@Public)") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean allowed = AnnotatedElementUtils.hasAnnotation(method.reflect(), Allowed.class);
                    boolean open = AnnotatedElementUtils.hasAnnotation(method.reflect(), Public.class);
                    if (allowed == open) {
                        events.add(SimpleConditionEvent.violated(
                                method,
                                method.getFullName()
                                        + (allowed
                                                ? " declares both @Allowed and @Public"
                                                : " declares neither @Allowed nor @Public")));
                    }
                }
            };

    private EndpointRule() {}

    public static ArchRule everyEndpointDeclaresWhoMayCallIt() {
        return methods().that(ENDPOINTS).should(DECLARE_WHO_MAY_CALL_THEM);
    }
}
