package vn.party.inspection.discipline.member;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Member facts read once per request, before any transaction opens: a write endpoint calls {@link #prefetch} with the
 * member ids of its request (outside a transaction), then the service's transaction finds them here. A failed read is
 * kept too and thrown where the service would have read the facts, so the order of its checks (and of its 400/403/404
 * answers) is unchanged. An id not prefetched is read on the spot; inside a transaction that is refused in tests
 * (party.remote-calls.fail-inside-transaction) and warned about in production.
 */
@RequestScoped
public class MemberFactsReads {

    private record Read(MemberFacts facts, RuntimeException failure) {
    }

    @Inject
    MemberFactsSource source;

    private final Map<UUID, Read> reads = new HashMap<>();

    /** Reads each member's facts now (outside any transaction); null ids are skipped. */
    public void prefetch(UUID... memberIds) {
        for (UUID memberId : memberIds) {
            if (memberId != null && !reads.containsKey(memberId)) {
                try {
                    reads.put(memberId, new Read(source.facts(memberId), null));
                } catch (RuntimeException e) {
                    reads.put(memberId, new Read(null, e));
                }
            }
        }
    }

    /** The member's facts as prefetched in this request (or its failure, thrown), else read now. */
    public MemberFacts facts(UUID memberId) {
        Read read = reads.get(memberId);
        if (read == null) {
            return source.facts(memberId);
        }
        if (read.failure() != null) {
            throw read.failure();
        }
        return read.facts();
    }
}
