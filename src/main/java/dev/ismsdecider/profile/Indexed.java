package dev.ismsdecider.profile;

import java.util.List;

/** Walks a list of the profile with each entry's index, the last segment of its JSON pointer. */
public final class Indexed {

    /** What is done with one entry. */
    public interface Consumer<T> {
        void accept(int index, T item);
    }

    private Indexed() {
    }

    /** Calls the consumer for every entry in order; an unknown ({@code null}) list has none. */
    public static <T> void forEach(List<T> items, Consumer<T> consumer) {
        if (items != null) {
            for (int i = 0; i < items.size(); i++) {
                consumer.accept(i, items.get(i));
            }
        }
    }
}
