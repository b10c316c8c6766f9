package io.gatehouse.monitoring;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes node samples and cluster reports older than the retention (10 days unless configured). */
@Component
class SamplePurge {

    private static final Logger log = LoggerFactory.getLogger(SamplePurge.class);

    private final SampleRepository samples;
    private final MonitoringSettings settings;
    private final Clock clock;

    SamplePurge(SampleRepository samples, MonitoringSettings settings, Clock clock) {
        this.samples = samples;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${gatehouse.monitoring.purge-interval:1h}", initialDelayString = "1m")
    @Transactional
    public void purge() {
        int deleted = samples.purge(clock.instant().minus(settings.retention()));
        if (deleted > 0) {
            log.info("Deleted {} node samples older than {}", deleted, settings.retention());
        }
    }
}
