package io.gatehouse.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.gatehouse.notification.PreferencesRequest.ConnectorInput;
import io.gatehouse.notification.PreferencesRequest.FilterInput;
import io.gatehouse.support.ApiIntegrationTest;
import io.gatehouse.support.Fixtures.Org;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Changes of notification preferences computed from the current ones do not lose each other. */
class NotificationPreferencesIntegrationTests extends ApiIntegrationTest {

    @Autowired
    NotificationPreferencesService preferences;

    @Test
    void editorsAddingConnectorsAtTheSameMomentAllKeepTheirs() throws Exception {
        Org org = fixtures.organization("Busy editors");
        int editors = 6;
        CyclicBarrier start = new CyclicBarrier(editors);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String name = "editor-" + i;
                done.add(pool.submit(() -> {
                    start.await();
                    return preferences.change(org.id(), current -> {
                        pause(); // an editor thinking: every other editor reads the preferences meanwhile
                        return adding(current, name);
                    });
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(preferences.get(org.id()).connectors()).extracting(Connector::name)
                .containsExactlyInAnyOrder("editor-0", "editor-1", "editor-2", "editor-3", "editor-4", "editor-5");
        assertThat(preferences.get(org.id()).filters()).hasSize(editors);
    }

    private static void pause() {
        try {
            Thread.sleep(150);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PreferencesRequest adding(NotificationPreferences current, String name) {
        List<ConnectorInput> connectors = new ArrayList<>(current.connectors().stream()
                .map(c -> new ConnectorInput(c.id().toString(), c.type(), c.name(), c.recipients(), c.url())).toList());
        List<FilterInput> filters = new ArrayList<>(current.filters().stream()
                .map(f -> new FilterInput(f.connectorId().toString(), null, null, f.minSeverity().apiName(),
                        f.delayMinutes())).toList());
        String id = UUID.randomUUID().toString();
        connectors.add(new ConnectorInput(id, "email", name, List.of(name + "@example.com"), null));
        filters.add(new FilterInput(id, null, null, "low", 0));
        return new PreferencesRequest(connectors, filters);
    }
}
