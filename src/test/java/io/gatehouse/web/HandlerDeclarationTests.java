package io.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.stereotype.Controller;

/**
 * Fails the build when a web handler (API or console) declares no permission (nor {@link SignedIn},
 * {@link Anonymous} or, for the agent's endpoint, {@link AgentAuthenticated}).
 */
class HandlerDeclarationTests {

    @Test
    void everyApiHandlerDeclaresExactlyOneAccessRule() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> undeclared = new ArrayList<>();
        int handlers = 0;
        for (var candidate : scanner.findCandidateComponents("io.gatehouse")) {
            for (Method method : Class.forName(candidate.getBeanClassName()).getDeclaredMethods()) {
                if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    continue;
                }
                handlers++;
                long rules = Arrays.asList(RequiresPermission.class, SignedIn.class, Anonymous.class,
                        AgentAuthenticated.class).stream()
                        .filter(method::isAnnotationPresent).count();
                if (rules != 1) {
                    undeclared.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(handlers).isGreaterThan(15);
        assertThat(undeclared).as("handlers without exactly one access declaration").isEmpty();
    }
}
