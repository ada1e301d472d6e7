package vn.party.common.persistence.restructuring;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An organization that ceased (MERGE, DISSOLVE with a receiver: one successor; SPLIT: several; DISSOLVE without a
 * receiver: none) on a date. Its open records follow a single successor; otherwise they are listed for the bloc office
 * to assign (after a split to one of the successors, after a dissolution without receiver to any active organization).
 */
public record Succession(UUID predecessorId, List<UUID> successorIds, String kind, LocalDate effectiveOn) {

    public Succession {
        successorIds = List.copyOf(successorIds);
    }

    public boolean singleSuccessor() {
        return successorIds.size() == 1 && !"SPLIT".equals(kind);
    }

    /** Dissolved without a receiver: any active organization may take its open records. */
    public boolean noSuccessor() {
        return successorIds.isEmpty();
    }

    /** How the succession appears in a moved record's history. */
    public Map<String, Object> describe() {
        Map<String, Object> description = new LinkedHashMap<>();
        description.put("kind", kind);
        description.put("predecessorId", predecessorId);
        description.put("successorIds", successorIds);
        description.put("effectiveOn", effectiveOn);
        return description;
    }
}
