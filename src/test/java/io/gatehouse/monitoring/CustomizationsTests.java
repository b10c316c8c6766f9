package io.gatehouse.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.gatehouse.shared.InvalidRequest;
import io.gatehouse.shared.Problem;
import org.junit.jupiter.api.Test;

class CustomizationsTests {

    private static List<String> codes(Runnable request) {
        try {
            request.run();
        } catch (InvalidRequest e) {
            return e.problems().stream().map(Problem::code).toList();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void refusesPercentagesOutsideOneToHundredAndWrongKeys() {
        assertThat(codes(() -> Customizations.validate(List.of(
                new Customizations.Requested("high_cpu", true, Map.of("cpu_percent", 140))))))
                .containsExactly("customizations.invalid_threshold");
        assertThat(codes(() -> Customizations.validate(List.of(
                new Customizations.Requested("high_cpu", true, Map.of("samples", 2.5, "cpu_percnt", 90))))))
                .containsExactlyInAnyOrder("customizations.invalid_threshold", "customizations.unknown_threshold");
        assertThat(codes(() -> Customizations.validate(List.of(
                new Customizations.Requested("disk_watermark_low", true, Map.of("disk_percent", 95))))))
                .as("low above the default high").containsExactly("customizations.invalid_threshold");
        assertThatThrownBy(() -> Customizations.validate(List.of(new Customizations.Requested("high_cpu", null, null),
                new Customizations.Requested("high_cpu", null, null)))).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void fillsDefaultsAndResetsTypesLeftOut() {
        Customizations c = Customizations.validate(List.of(
                new Customizations.Requested("high_cpu", null, Map.of("cpu_percent", 100))));
        assertThat(c.of(EventType.HIGH_CPU).thresholds()).containsEntry("cpu_percent", 100.0).containsEntry("samples", 5.0);
        assertThat(c.of(EventType.HIGH_CPU).enabled()).isTrue();
        assertThat(c.of(EventType.HIGH_HEAP)).isEqualTo(RuleSetting.defaults(EventType.HIGH_HEAP));
    }
}
