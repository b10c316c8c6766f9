package io.gatehouse.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReportBufferTests {

    private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void dropsTheOldestWhenFullAndWhatGatehouseWouldRefuse() {
        ReportBuffer buffer = new ReportBuffer(2, Duration.ofMinutes(55));
        buffer.add(new ReportBuffer.Pending(T, "a"));
        buffer.add(new ReportBuffer.Pending(T.plusSeconds(10), "b"));
        buffer.add(new ReportBuffer.Pending(T.plusSeconds(20), "c"));
        assertThat(buffer.size()).isEqualTo(2);
        assertThat(buffer.oldest(T.plusSeconds(30)).body()).isEqualTo("b");
        assertThat(buffer.oldest(T.plus(Duration.ofMinutes(55)).plusSeconds(15)).body()).isEqualTo("c");
        assertThat(buffer.dropped()).isEqualTo(2);
    }

    @Test
    void parsesIntervals() {
        assertThat(AgentCommand.parseInterval("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(AgentCommand.parseInterval("2m")).isEqualTo(Duration.ofMinutes(2));
    }
}
