package io.gatehouse.shared;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/** One page of a list and, when there is more, the cursor of the next page. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * Builds a page from up to {@code size + 1} rows fetched in order: the extra row only tells that there is more.
     */
    public static <T> Page<T> of(List<T> rows, int size, Function<T, String> position) {
        if (rows.size() <= size) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> items = List.copyOf(rows.subList(0, size));
        return new Page<>(items, PageRequest.encode(position.apply(items.get(size - 1))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
