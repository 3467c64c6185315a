package io.salesplan.platform.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.salesplan.platform.problem.ApiException;
import io.salesplan.platform.problem.Problem;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private final AtomicReference<String> caller = new AtomicReference<>("manager-1");
    private final CursorCodec cursors = new CursorCodec("test-secret", caller::get);

    record Row(Instant createdAt, UUID id) {
    }

    @Test
    void noCursorOrABlankOneIsTheFirstPage() {
        assertThat(Keyset.after(cursors, "q", null, Instant::parse)).isNull();
        assertThat(Keyset.after(cursors, "q", " ", Instant::parse)).isNull();
    }

    @Test
    void theExtraRowMakesACursorThatNamesTheLastItemOfThePage() {
        Instant t = Instant.parse("2026-03-01T10:00:00.123456Z");
        List<Row> rows = List.of(new Row(t, A), new Row(t, B), new Row(t.plusSeconds(1), C));

        Page<Row> page = Keyset.page(cursors, "q", rows, 2, r -> new Keyset.Position<>(r.createdAt(), r.id()));

        assertThat(page.items()).extracting(Row::id).containsExactly(A, B);
        assertThat(cursors.decode("q", page.nextCursor())).containsExactly("2026-03-01T10:00:00.123456Z", B.toString());
        assertThat(Keyset.after(cursors, "q", page.nextCursor(), Instant::parse))
                .isEqualTo(new Keyset.Position<>(t, B));
    }

    @Test
    void aPageWithoutTheExtraRowIsTheLast() {
        List<Row> rows = List.of(new Row(Instant.EPOCH, A), new Row(Instant.EPOCH, B));

        Page<Row> page = Keyset.page(cursors, "q", rows, 2, r -> new Keyset.Position<>(r.createdAt(), r.id()));

        assertThat(page.items()).extracting(Row::id).containsExactly(A, B);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void theCursorCarriesTheSortKeysOwnText() {
        OffsetDateTime due = OffsetDateTime.parse("2026-03-01T10:00Z");
        String cursor = Keyset.page(cursors, "tasks", List.of("x", "y"), 1,
                row -> new Keyset.Position<>(due, A)).nextCursor();

        assertThat(cursors.decode("tasks", cursor)).containsExactly("2026-03-01T10:00Z", A.toString());
        assertThat(Keyset.after(cursors, "tasks", cursor, OffsetDateTime::parse).key()).isEqualTo(due);
    }

    @Test
    void aSignedCursorOfAnotherShapeIsA400NamingCursor() {
        for (List<String> shape : List.of(List.of("2026-03-01T10:00:00Z"), List.of("not a time", A.toString()),
                List.of("2026-03-01T10:00:00Z", "not an id"), List.of("2026-03-01T10:00:00Z", A.toString(), "3"))) {
            String cursor = cursors.encode("q", shape);
            assertThatThrownBy(() -> Keyset.after(cursors, "q", cursor, Instant::parse))
                    .as("%s", shape)
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.errors()).containsExactly(
                                new Problem.FieldError("cursor", "is not a cursor of this query"));
                    });
        }
    }

    @Test
    void aTamperedForeignOrReplayedCursorIsA400NamingCursor() {
        String cursor = Keyset.page(cursors, "q", List.of(A, B), 1, id -> new Keyset.Position<>("name", id))
                .nextCursor();
        assertThat(Keyset.after(cursors, "q", cursor, name -> name)).isEqualTo(new Keyset.Position<>("name", A));

        for (String bad : List.of(cursor + "x", "garbage")) {
            assertThatThrownBy(() -> Keyset.after(cursors, "q", bad, name -> name)).isInstanceOfSatisfying(
                    ApiException.class, e -> assertThat(e.errors()).extracting(Problem.FieldError::field)
                            .containsExactly("cursor"));
        }
        assertThatThrownBy(() -> Keyset.after(cursors, "other", cursor, name -> name))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
        caller.set("rep-2");
        assertThatThrownBy(() -> Keyset.after(cursors, "q", cursor, name -> name))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void theConditionStartsAfterThePositionInEitherDirection() {
        Keyset.Position<String> after = new Keyset.Position<>("acme", A);

        assertThat(after.condition("lower(a.name)", "a.id", Keyset.Direction.ASCENDING))
                .isEqualTo("(lower(a.name) > :afterKey or (lower(a.name) = :afterKey and a.id > :afterId))");
        assertThat(after.condition("o.createdAt", "o.id", Keyset.Direction.DESCENDING))
                .isEqualTo("(o.createdAt < :afterKey or (o.createdAt = :afterKey and o.id < :afterId))");
        assertThat(after.parameters()).isEqualTo(Map.of("afterKey", "acme", "afterId", A));
    }

    @Test
    void nowIsInMicroseconds() {
        assertThat(Keyset.now().getNano() % 1_000).isZero();
    }
}
