package vn.party.membership.changes;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.memberevents.ChangeType;
import vn.party.contracts.memberevents.MemberEvent;
import vn.party.contracts.memberevents.MemberEventPage;
import vn.party.contracts.memberevents.ResourceType;

/**
 * Reads the change log: the internal domain-event feed (everything, for other services of this system) and the
 * integration feeds (members, organizations) for provincial systems, limited to the client's organization subtree.
 *
 * <p>Scope of an integration client with organization S, decided per row by where the resource sat when the row was
 * written: S in the row's ancestry → UPSERT with the row's snapshot; S only in the ancestry before the change (the
 * resource moved out of S's subtree) → DELETE tombstone; otherwise the row is not the client's business. Every change
 * of a resource's data or place writes a row, so the last row a client reads about a resource says whether it holds
 * it and with what data: applying the items in order yields an exact copy of the subtree.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ChangeFeed {

    /** The token scope that lets an integration client receive members' CCCD. */
    public static final String NATIONAL_ID_SCOPE = "national-id";

    @Inject
    EntityManager entityManager;

    @Inject
    CallerContext callerContext;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper objectMapper;

    /** Rows after {@code after}, oldest first, as the feed contract's page. */
    public MemberEventPage events(long after, int limit) {
        List<Row> rows = rows("", after, Long.MAX_VALUE, null, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<Row> page = hasMore ? rows.subList(0, limit) : rows;
        List<MemberEvent> items = page.stream().map(r -> new MemberEvent(r.sequence, r.resourceType, r.resourceId,
                r.organizationId, r.change, r.event, r.effectiveDate, r.occurredAt, tree(r.payload))).toList();
        return new MemberEventPage(items, page.isEmpty() ? after : page.get(page.size() - 1).sequence, hasMore);
    }

    private JsonNode tree(String json) {
        try {
            return json == null ? null : objectMapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Change log payload is not JSON", e);
        }
    }

    public FeedViews.ItemPage changes(ResourceType type, String since, int limit) {
        long after = FeedCursor.decode("since", since);
        UUID root = scopeRoot();
        // every number up to the highest visible one is committed (see ChangeLog): reading up to it, a page that
        // comes out short has seen everything the client may see so far, and the cursor can move up to it
        long high = ((Number) entityManager.createNativeQuery("SELECT coalesce(max(sequence), 0) FROM change_log")
                .getSingleResult()).longValue();
        List<Row> rows = rows(" AND resource_type = '" + type.name() + "'", after, high, root, limit + 1);
        boolean hasMore = rows.size() > limit;
        List<Row> page = hasMore ? rows.subList(0, limit) : rows;
        Map<UUID, String> nationalIds = type == ResourceType.MEMBER && mayReadNationalId()
                ? nationalIds(page.stream().map(r -> r.resourceId).distinct().toList()) : Map.of();
        List<FeedViews.Item> items = new ArrayList<>(page.size());
        for (Row row : page) {
            if (root == null || row.ancestry.contains(root)) {
                items.add(new FeedViews.Item(row.resourceId, FeedViews.ItemChange.UPSERT, row.sequence,
                        data(row, nationalIds)));
            } else {
                items.add(new FeedViews.Item(row.resourceId, FeedViews.ItemChange.DELETE, row.sequence, null));
            }
        }
        long cursor = hasMore ? page.get(page.size() - 1).sequence : Math.max(after, high);
        return new FeedViews.ItemPage(items, FeedCursor.encode(cursor), hasMore);
    }

    /** Null for bloc-admin (the whole tree); else the caller's organization, which must be in their read scope. */
    private UUID scopeRoot() {
        Caller caller = callerContext.caller();
        if (caller.isBlocAdmin()) {
            return null;
        }
        UUID root = caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                "Token không có tổ chức (org_id): không có phạm vi dữ liệu (no org_id claim: no data scope)"));
        scopeGuard.requireRead(root);
        return root;
    }

    /** The token's {@code scope} claim (space-separated) grants {@value #NATIONAL_ID_SCOPE}; bloc-admin always. */
    private boolean mayReadNationalId() {
        if (callerContext.caller().isBlocAdmin()) {
            return true;
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return false;
        }
        Object scope = token.getClaim("scope");
        if (scope == null) {
            return false;
        }
        String text = scope.toString().replace("\"", " ");
        return Arrays.asList(text.trim().split("\\s+")).contains(NATIONAL_ID_SCOPE);
    }

    private com.fasterxml.jackson.databind.JsonNode data(Row row, Map<UUID, String> nationalIds) {
        try {
            ObjectNode payload = (ObjectNode) objectMapper.readTree(row.payload);
            ObjectNode snapshot = payload.has("snapshot") ? (ObjectNode) payload.get("snapshot").deepCopy()
                    : objectMapper.createObjectNode();
            String nationalId = nationalIds.get(row.resourceId);
            if (nationalId != null) {
                snapshot.put("nationalId", nationalId.trim());
            }
            return snapshot;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Change-log payload " + row.sequence + " is not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<UUID, String> nationalIds(List<UUID> memberIds) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> ids = new HashMap<>();
        for (Object[] row : (List<Object[]>) entityManager.createNativeQuery(
                        "SELECT id, national_id FROM member WHERE id IN (:ids)")
                .setParameter("ids", memberIds).getResultList()) {
            ids.put((UUID) row[0], (String) row[1]);
        }
        return ids;
    }

    @SuppressWarnings("unchecked")
    private List<Row> rows(String typeFilter, long after, long upTo, UUID root, int max) {
        String scope = root == null ? ""
                : " AND (ancestry @> ARRAY[cast(:root AS uuid)] OR previous_ancestry @> ARRAY[cast(:root AS uuid)])";
        Query query = entityManager.createNativeQuery("""
                        SELECT sequence, resource_type, resource_id, organization_id, change, event, effective_date,
                               occurred_at, cast(payload AS text), cast(ancestry AS text)
                        FROM change_log WHERE sequence > :after AND sequence <= :upTo"""
                        + typeFilter + scope + " ORDER BY sequence LIMIT :max")
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setParameter("max", max);
        if (root != null) {
            query.setParameter("root", root);
        }
        List<Row> rows = new ArrayList<>();
        for (Object[] r : (List<Object[]>) query.getResultList()) {
            rows.add(new Row(((Number) r[0]).longValue(), ResourceType.valueOf((String) r[1]), (UUID) r[2],
                    (UUID) r[3], ChangeType.valueOf((String) r[4]), (String) r[5], toLocalDate(r[6]), toInstant(r[7]),
                    (String) r[8], parseUuids((String) r[9])));
        }
        return rows;
    }

    private static Set<UUID> parseUuids(String array) {
        String inner = array.replace("{", "").replace("}", "").trim();
        if (inner.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Arrays.stream(inner.split(",")).map(String::trim).map(UUID::fromString).toList());
    }

    private static LocalDate toLocalDate(Object value) {
        return value == null ? null : value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private record Row(long sequence, ResourceType resourceType, UUID resourceId, UUID organizationId,
            ChangeType change, String event, LocalDate effectiveDate, Instant occurredAt, String payload,
            Set<UUID> ancestry) {
    }
}
