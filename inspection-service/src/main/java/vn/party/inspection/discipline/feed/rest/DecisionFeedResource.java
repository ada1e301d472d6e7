package vn.party.inspection.discipline.feed.rest;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.problem.ProblemException;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.Roles;
import vn.party.inspection.discipline.feed.DecisionChanges;

/**
 * The change feed of discipline decisions for provincial systems: ordered, no gaps, no duplicates. A client keeps
 * the {@code next} cursor of each answer and sends it as {@code since} next time; without {@code since} the feed
 * starts from the beginning.
 */
@Path("/api/integration/decisions")
@Tag(name = "Integration: discipline decisions", description = "Luồng thay đổi quyết định kỷ luật cho hệ thống của tỉnh")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionFeedResource {

    private static final Pattern CURSOR = Pattern.compile("d1:(0|[1-9][0-9]{0,17})");

    @Inject
    DecisionChanges changes;

    @Inject
    CallerContext callerContext;

    @GET
    @Path("/changes")
    @RolesAllowed({Roles.INTEGRATION, Roles.BLOC_ADMIN})
    @Operation(summary = "Changes of decided discipline decisions after the cursor, oldest first (UPSERT: decided or"
            + " reduced; DELETE: annulled); integration clients see their org_id's subtree")
    public Feed changes(@QueryParam("since") String since,
            @QueryParam("limit") @DefaultValue("100") @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
            @Max(value = 500, message = "tối đa 500 (at most 500)") int limit) {
        long from = decode(since);
        Caller caller = callerContext.caller();
        UUID subtree = null;
        if (!caller.isBlocAdmin()) {
            subtree = caller.organizationId().orElseThrow(() -> ProblemException.forbidden(
                    "Token không có org_id: không xác định được phạm vi (no org_id claim: no scope)"));
        }
        List<DecisionChanges.Entry> found = changes.after(from, limit + 1, subtree);
        boolean more = found.size() > limit;
        List<DecisionChanges.Entry> page = more ? found.subList(0, limit) : found;
        long last = page.isEmpty() ? from : page.get(page.size() - 1).sequence();
        return new Feed(page.stream().map(Item::of).toList(), encode(last), more);
    }

    static String encode(long sequence) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("d1:" + sequence).getBytes(StandardCharsets.UTF_8));
    }

    static long decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            Matcher matcher = CURSOR.matcher(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            if (matcher.matches()) {
                return Long.parseLong(matcher.group(1));
            }
        } catch (IllegalArgumentException malformed) {
            // reported below
        }
        throw ProblemException.invalidField("since",
                "con trỏ không hợp lệ: dùng giá trị next của lần đọc trước (not a cursor returned by this feed)");
    }

    /** One answer: the changes, the cursor to continue from, and whether more are waiting. */
    public record Feed(List<Item> items, String next, boolean hasMore) {
    }

    /** {@code id} is the case id; {@code data} the decision's non-sensitive fields after the change (null for DELETE). */
    public record Item(UUID id, DecisionChanges.Change change, long sequence, @JsonRawValue String data) {

        static Item of(DecisionChanges.Entry entry) {
            return new Item(entry.caseId(), entry.change(), entry.sequence(), entry.data());
        }
    }
}
