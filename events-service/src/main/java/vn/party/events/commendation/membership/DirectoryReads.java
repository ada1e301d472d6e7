package vn.party.events.commendation.membership;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.RequestScoped;

/**
 * Membership answers read once per request, before any transaction opens: a write endpoint prefetches the members
 * of its request ({@link MembershipDirectory#prefetch}), then the service's transaction finds them
 * here. A failed read is kept and thrown where the service would have read, so its checks keep their order.
 */
@RequestScoped
public class DirectoryReads {

    record Read(Optional<?> value, RuntimeException failure) {
    }

    private final Map<String, Read> reads = new HashMap<>();

    void prefetch(String key, Supplier<Optional<?>> read) {
        if (!reads.containsKey(key)) {
            try {
                reads.put(key, new Read(read.get(), null));
            } catch (RuntimeException e) {
                reads.put(key, new Read(null, e));
            }
        }
    }

    @SuppressWarnings("unchecked")
    <T> Optional<T> get(String key, Supplier<Optional<T>> read) {
        Read found = reads.get(key);
        if (found == null) {
            return read.get();
        }
        if (found.failure() != null) {
            throw found.failure();
        }
        return (Optional<T>) found.value();
    }

    static String member(UUID id) {
        return "member:" + id;
    }
}
