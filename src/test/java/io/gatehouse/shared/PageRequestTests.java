package io.gatehouse.shared;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageRequestTests {

    private static final UUID ID = UUID.fromString("0f8e6f0e-6c7a-4d5e-9d3a-1b2c3d4e5f60");

    @Test
    void startsAFirstPageAtTheGivenStart() {
        assertThat(PageRequest.of(null, null).afterKeyset(Keyset.LAST)).isEqualTo(Keyset.LAST);
        assertThat(PageRequest.of(10, "").afterKeyset(Keyset.FIRST)).isEqualTo(Keyset.FIRST);
    }

    @Test
    void readsBackThePositionItsCursorsHold() {
        Instant at = Instant.parse("2026-12-04T02:00:00.123456Z");
        String cursor = PageRequest.encode(Keyset.position(at, ID));

        assertThat(PageRequest.of(5, cursor).afterKeyset(Keyset.FIRST)).isEqualTo(new Keyset(at, ID));
    }

    @Test
    void refusesCursorsItCannotHaveIssued() {
        for (String position : new String[] { "x|" + ID, "2026-12-04T02:00:00Z|not-a-uuid", "2026-12-04T02:00:00Z",
                "+1000000000-01-01T00:00:00Z|" + ID, "-0001-01-01T00:00:00Z|" + ID, "9999-06-01T00:00:00Z|" + ID }) {
            PageRequest page = PageRequest.of(5, PageRequest.encode(position));
            assertThatThrownBy(() -> page.afterKeyset(Keyset.FIRST)).as(position)
                    .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.problems()).containsExactly(
                            Problem.of("request.invalid_parameter", "cursor is not one this service issued", "cursor")));
        }
    }
}
