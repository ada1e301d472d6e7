package vn.party.replica;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * CDI event fired by the replica, inside the transaction that applies a feed entry, when an organization it holds
 * newly has successors: a MERGE or DISSOLVE names one successor (open records move there), a SPLIT several (open
 * records are listed for the bloc office to assign); a DISSOLVE without receiver names none (open records are listed
 * for the bloc office to give to any active organization). Observers must be idempotent: a rebuild fires it again.
 */
public record OrganizationSucceeded(UUID predecessorId, List<UUID> successorIds, String kind, LocalDate effectiveOn,
                                    long position) {

    public boolean singleSuccessor() {
        return successorIds.size() == 1 && !"SPLIT".equals(kind);
    }
}
