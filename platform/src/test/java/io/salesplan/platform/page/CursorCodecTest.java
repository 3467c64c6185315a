package io.salesplan.platform.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private final AtomicReference<String> caller = new AtomicReference<>("manager-1");
    private final CursorCodec codec = new CursorCodec("test-secret", caller::get);

    @Test
    void aCursorRoundTripsWithinItsQuery() {
        String cursor = codec.encode("opps|owner=1", List.of("2026-03-01T10:00:00Z", "abc"));
        assertThat(codec.decode("opps|owner=1", cursor)).containsExactly("2026-03-01T10:00:00Z", "abc");
    }

    @Test
    void aCursorFromAnotherQueryIsRejected() {
        String cursor = codec.encode("opps|owner=1", List.of("k"));
        assertThatThrownBy(() -> codec.decode("opps|owner=2", cursor))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void aTamperedCursorIsRejected() {
        String cursor = codec.encode("q", List.of("100"));
        String forged = codec.encode("q", List.of("999")).split("\\.")[0] + "." + cursor.split("\\.")[1];
        for (String bad : List.of(forged, cursor + "x", "garbage", "a.b", cursor.substring(1))) {
            assertThatThrownBy(() -> codec.decode("q", bad)).isInstanceOf(ApiException.class);
        }
    }

    @Test
    void aCursorSignedWithAnotherSecretIsRejected() {
        String cursor = new CursorCodec("other", caller::get).encode("q", List.of("1"));
        assertThatThrownBy(() -> codec.decode("q", cursor)).isInstanceOf(ApiException.class);
    }

    @Test
    void aCursorReplayedByAnotherCallerIsRejected() {
        String cursor = codec.encode("opps", List.of("k"));
        caller.set("rep-2");
        assertThatThrownBy(() -> codec.decode("opps", cursor))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        caller.set("manager-1");
        assertThat(codec.decode("opps", cursor)).containsExactly("k");
    }
}
