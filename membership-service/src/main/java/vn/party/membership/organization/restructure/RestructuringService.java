package vn.party.membership.organization.restructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import io.quarkus.panache.common.Sort;

import vn.party.common.persistence.AuditTrail;
import vn.party.common.persistence.restructuring.OpenRecordSuccession;
import vn.party.common.persistence.restructuring.Succession;
import vn.party.common.problem.Problem;
import vn.party.common.problem.ProblemException;
import vn.party.common.problem.ProblemType;
import vn.party.common.security.Caller;
import vn.party.common.security.CallerContext;
import vn.party.common.security.ScopeGuard;
import vn.party.contracts.memberevents.ChangeType;
import vn.party.membership.changes.ChangeLog;
import vn.party.membership.organization.Organization;
import vn.party.membership.organization.domain.ChangeKind;
import vn.party.membership.organization.domain.OrganizationRules;
import vn.party.membership.organization.domain.OrganizationStatus;
import vn.party.membership.organization.domain.OrganizationType;
import vn.party.membership.organization.rest.RestructuringRequests;
import vn.party.membership.organization.service.OrganizationService;

/**
 * Rename, move, upgrade, merge, split and dissolve, each effective-dated, each one transaction that also
 * appends to the organization's history and writes audit rows (action = the {@link ChangeKind}).
 *
 * <p>Who may: bloc-admin anywhere; an org-secretary inside their subtree (the organization and every target
 * in scope) but never on their own root organization; everyone else 403.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRED)
public class RestructuringService {

    static final String AUDIT_TYPE = "organization";

    @Inject
    EntityManager entityManager;

    @Inject
    ScopeGuard scopeGuard;

    @Inject
    CallerContext callerContext;

    @Inject
    AuditTrail auditTrail;

    @Inject
    OrganizationService organizations;

    @Inject
    OrganizationTimeline timeline;

    @Inject
    MemberRelocation members;

    @Inject
    ChangeLog changeLog;

    /** Open candidates and transfers follow the organization's successor (a split lists them for assignment). */
    @Inject
    OpenRecordSuccession openRecords;

    public Restructuring rename(@NotNull UUID id, @NotNull @Valid RestructuringRequests.Rename request) {
        Organization organization = prepare(id, request.version(), request.effectiveOn());
        String name = request.name().trim();
        if (name.equals(organization.name)) {
            throw ProblemException.ruleViolated("organization.no-change",
                    "Tên mới trùng tên hiện tại (the new name is the current one)");
        }
        Map<String, Object> before = organization.auditState();
        organization.name = name;
        finish(organization, ChangeKind.RENAME, request.effectiveOn(), request.decisionRef(), before, Map.of());
        return Restructuring.of(ChangeKind.RENAME, request.effectiveOn(), organization);
    }

    public Restructuring move(@NotNull UUID id, @NotNull @Valid RestructuringRequests.Move request) {
        Organization organization = prepare(id, request.version(), request.effectiveOn());
        Organization parent = target(request.parentId(), "parentId");
        if (parent.id.equals(organization.parentId)) {
            throw ProblemException.ruleViolated("organization.no-change",
                    "Tổ chức đã trực thuộc " + parent.id + " (it already sits there)");
        }
        OrganizationRules.checkNoCycle(organization.id, organizations.ancestry(parent.id).orElse(List.of()));
        OrganizationRules.checkPlacement(organization.type, parent.type);
        timeline.checkExistsOn(parent.id, request.effectiveOn());
        Map<String, Object> before = organization.auditState();
        organization.parentId = parent.id;
        finish(organization, ChangeKind.MOVE, request.effectiveOn(), request.decisionRef(), before, Map.of());
        return Restructuring.of(ChangeKind.MOVE, request.effectiveOn(), organization);
    }

    public Restructuring upgrade(@NotNull UUID id, @NotNull @Valid RestructuringRequests.Upgrade request) {
        Organization organization = prepare(id, request.version(), request.effectiveOn());
        OrganizationType upgraded = OrganizationRules.upgradeOf(organization.type);
        Organization parent = organization.parentId == null ? null : Organization.findById(organization.parentId);
        OrganizationRules.checkPlacement(upgraded, parent == null ? null : parent.type);
        OrganizationRules.checkChildrenFit(upgraded, activeChildren(id).stream().map(c -> c.type).toList());
        Map<String, Object> before = organization.auditState();
        organization.type = upgraded;
        finish(organization, ChangeKind.UPGRADE, request.effectiveOn(), request.decisionRef(), before, Map.of());
        return Restructuring.of(ChangeKind.UPGRADE, request.effectiveOn(), organization);
    }

    public Restructuring merge(@NotNull UUID id, @NotNull @Valid RestructuringRequests.Merge request) {
        Organization organization = prepare(id, request.version(), request.effectiveOn());
        Organization successor = receiver(organization, request.targetId(), "targetId", request.effectiveOn());
        List<Organization> subUnits = activeChildren(id);
        subUnits.forEach(child -> OrganizationRules.checkPlacement(child.type, successor.type));

        int moved = members.relocate(members.activeMemberIds(id), successor.id, request.effectiveOn(), "MERGE");
        List<UUID> subUnitsMoved = placeUnder(subUnits, successor, request.effectiveOn(), request.decisionRef());

        Map<String, Object> before = organization.auditState();
        organization.status = OrganizationStatus.MERGED;
        organization.dissolvedOn = request.effectiveOn();
        organization.successorId = successor.id;
        Map<String, Object> moves = moves(moved, subUnitsMoved);
        finish(organization, ChangeKind.MERGE, request.effectiveOn(), request.decisionRef(), before, moves);
        timeline.recordSuccession(id, successor.id, ChangeKind.MERGE, request.effectiveOn());
        succeeded(id, List.of(successor.id), ChangeKind.MERGE, request.effectiveOn());
        received(successor, ChangeKind.MERGE, id, request.effectiveOn(), moves);
        return new Restructuring(ChangeKind.MERGE, request.effectiveOn(), organization, List.of(), moved,
                subUnitsMoved);
    }

    public Restructuring split(@NotNull UUID id, @NotNull @Valid RestructuringRequests.Split request) {
        Organization organization = prepare(id, request.version(), request.effectiveOn());
        LocalDate day = request.effectiveOn();
        List<RestructuringRequests.Successor> specs = request.successors();
        List<Organization> subUnits = activeChildren(id);
        checkAllocation(members.activeMemberIds(id), subUnits.stream().map(c -> c.id).toList(), specs);

        Set<String> codes = new HashSet<>();
        List<Organization> successors = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RestructuringRequests.Successor spec = specs.get(i);
            String field = "successors[" + i + "]";
            UUID parentId = spec.parentId() != null ? spec.parentId() : organization.parentId;
            Organization parent = parentId == null ? null : target(parentId, field + ".parentId");
            if (parent != null) {
                timeline.checkExistsOn(parent.id, day);
            } else if (!callerContext.caller().isBlocAdmin()) {
                throw ProblemException.forbidden("Chỉ Văn phòng Đảng ủy Khối được tạo tổ chức cấp cao nhất"
                        + " (only bloc-admin creates a root)");
            }
            OrganizationRules.checkPlacement(spec.type(), parent == null ? null : parent.type);
            String code = spec.code().trim();
            if (!codes.add(code) || Organization.count("code", code) > 0) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "Mã tổ chức '" + code + "' đã được dùng (code already used)",
                        List.of(new Problem.FieldError(field + ".code", "đã được dùng (already used)")));
            }
            Organization successor = new Organization();
            successor.id = UUID.randomUUID();
            successor.code = code;
            successor.name = spec.name().trim();
            successor.type = spec.type();
            successor.hostAgency = spec.hostAgency() == null || spec.hostAgency().isBlank()
                    ? organization.hostAgency : spec.hostAgency().trim();
            successor.parentId = parentId;
            successor.status = OrganizationStatus.ACTIVE;
            successor.foundedOn = day;
            successor.persist();
            timeline.markOrigin(successor, ChangeKind.SPLIT, request.decisionRef());
            auditTrail.created(AUDIT_TYPE, successor.id, successor.auditState());
            changeLog.organization(successor.id, ChangeType.CREATED, ChangeKind.SPLIT.name(), day,
                    Map.of("splitFrom", id));
            successors.add(successor);
        }

        int moved = 0;
        List<UUID> subUnitsMoved = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Organization successor = successors.get(i);
            List<UUID> givenIds = specs.get(i).subUnits();
            List<Organization> given = subUnits.stream().filter(c -> givenIds.contains(c.id)).toList();
            given.forEach(child -> OrganizationRules.checkPlacement(child.type, successor.type));
            int movedHere = members.relocate(specs.get(i).members(), successor.id, day, "SPLIT");
            List<UUID> placedHere = placeUnder(given, successor, day, request.decisionRef());
            moved += movedHere;
            subUnitsMoved.addAll(placedHere);
            received(successor, ChangeKind.SPLIT, id, day, moves(movedHere, placedHere));
        }

        Map<String, Object> before = organization.auditState();
        organization.status = OrganizationStatus.SPLIT;
        organization.dissolvedOn = day;
        Map<String, Object> details = new LinkedHashMap<>(moves(moved, subUnitsMoved));
        details.put("successorIds", successors.stream().map(s -> s.id).toList());
        finish(organization, ChangeKind.SPLIT, day, request.decisionRef(), before, details);
        successors.forEach(s -> timeline.recordSuccession(id, s.id, ChangeKind.SPLIT, day));
        succeeded(id, successors.stream().map(s -> s.id).toList(), ChangeKind.SPLIT, day);
        return new Restructuring(ChangeKind.SPLIT, day, organization, successors, moved, subUnitsMoved);
    }

    public Restructuring dissolve(@NotNull UUID id, @NotNull @Valid RestructuringRequests.Dissolve request) {
        Organization organization = prepare(id, request.version(), request.effectiveOn());
        List<UUID> activeMembers = members.activeMemberIds(id);
        List<Organization> subUnits = activeChildren(id);
        int moved = 0;
        List<UUID> subUnitsMoved = List.of();
        Organization receiver = null;
        if (request.transferToId() == null) {
            OrganizationRules.checkEmptyBeforeDissolve(id, activeMembers.size(), subUnits.size());
        } else {
            receiver = receiver(organization, request.transferToId(), "transferToId", request.effectiveOn());
            Organization to = receiver;
            subUnits.forEach(child -> OrganizationRules.checkPlacement(child.type, to.type));
            moved = members.relocate(activeMembers, receiver.id, request.effectiveOn(), "DISSOLVE");
            subUnitsMoved = placeUnder(subUnits, receiver, request.effectiveOn(), request.decisionRef());
        }
        Map<String, Object> before = organization.auditState();
        organization.status = OrganizationStatus.DISSOLVED;
        organization.dissolvedOn = request.effectiveOn();
        Map<String, Object> moves = moves(moved, subUnitsMoved);
        finish(organization, ChangeKind.DISSOLVE, request.effectiveOn(), request.decisionRef(), before, moves);
        if (receiver != null) {
            timeline.recordSuccession(id, receiver.id, ChangeKind.DISSOLVE, request.effectiveOn());
            succeeded(id, List.of(receiver.id), ChangeKind.DISSOLVE, request.effectiveOn());
            received(receiver, ChangeKind.DISSOLVE, id, request.effectiveOn(), moves);
        } else {
            succeeded(id, List.of(), ChangeKind.DISSOLVE, request.effectiveOn()); // listed for the bloc office
        }
        return new Restructuring(ChangeKind.DISSOLVE, request.effectiveOn(), organization, List.of(), moved,
                subUnitsMoved);
    }

    // ---- steps shared by the operations ----

    private void succeeded(UUID predecessor, List<UUID> successors, ChangeKind kind, LocalDate effectiveOn) {
        openRecords.follow(new Succession(predecessor, successors, kind.name(), effectiveOn),
                callerContext.caller().name());
    }

    /** The organization to restructure: exists, in the caller's reach, read at the current version, active. */
    private Organization prepare(UUID id, long version, LocalDate effectiveOn) {
        // locked for the transaction: a concurrent restructuring that names it (as source or target) waits
        Organization organization = Organization.<Organization>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Tổ chức", id));
        Caller caller = callerContext.caller();
        if (!caller.isBlocAdmin()) {
            scopeGuard.requireWrite(id);
            if (caller.organizationId().filter(id::equals).isPresent()) {
                throw ProblemException.forbidden("Chỉ Văn phòng Đảng ủy Khối được tái cấu trúc tổ chức của chính bạn"
                        + " (only bloc-admin restructures your own organization)");
            }
        }
        organization.requireVersion(version);
        OrganizationRules.checkActive(id, organization.status);
        timeline.checkEffectiveDate(id, effectiveOn);
        return organization;
    }

    /** An organization named in the request as a new parent or receiver: exists, in scope, active. */
    private Organization target(UUID targetId, String field) {
        // locked so that it cannot be closed while it receives members or sub-units
        Organization target = Organization.<Organization>findByIdOptional(targetId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.invalidField(field, "tổ chức không tồn tại (no such organization)"));
        scopeGuard.requireWrite(target.id);
        OrganizationRules.checkActive(target.id, target.status);
        return target;
    }

    /** The organization that takes over members and sub-units: not the organization itself nor inside it. */
    private Organization receiver(Organization organization, UUID targetId, String field, LocalDate effectiveOn) {
        Organization receiver = target(targetId, field);
        OrganizationRules.checkNoCycle(organization.id, organizations.ancestry(receiver.id).orElse(List.of()));
        timeline.checkExistsOn(receiver.id, effectiveOn);
        return receiver;
    }

    private static List<Organization> activeChildren(UUID id) {
        return Organization.<Organization>find("parentId = ?1 and status = ?2", Sort.by("code"), id,
                OrganizationStatus.ACTIVE).list();
    }

    /** Every active member and sub-unit goes to exactly one successor, and nothing else is listed. */
    private static void checkAllocation(List<UUID> activeMembers, List<UUID> activeSubUnits,
            List<RestructuringRequests.Successor> specs) {
        List<String> problems = new ArrayList<>();
        allocation("đảng viên (members)", activeMembers, specs.stream()
                .flatMap(s -> s.members().stream()).toList(), problems);
        allocation("tổ chức trực thuộc (sub-units)", activeSubUnits, specs.stream()
                .flatMap(s -> s.subUnits().stream()).toList(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.ruleViolated("organization.split-allocation",
                    "Mỗi đảng viên và tổ chức trực thuộc đang hoạt động phải được giao cho đúng một tổ chức mới"
                            + " (every active member and sub-unit goes to exactly one successor): "
                            + String.join("; ", problems));
        }
    }

    private static void allocation(String what, List<UUID> active, List<UUID> listed, List<String> problems) {
        Set<UUID> seen = new HashSet<>();
        List<UUID> duplicated = listed.stream().filter(id -> !seen.add(id)).distinct().toList();
        List<UUID> unknown = listed.stream().filter(id -> !active.contains(id)).distinct().toList();
        List<UUID> missing = active.stream().filter(id -> !seen.contains(id)).toList();
        if (!duplicated.isEmpty()) {
            problems.add(what + " listed twice " + duplicated);
        }
        if (!unknown.isEmpty()) {
            problems.add(what + " not active here " + unknown);
        }
        if (!missing.isEmpty()) {
            problems.add(what + " not given to any successor " + missing);
        }
    }

    /** Places sub-units under a new parent from the effective date: a MOVE in each one's own history. */
    private List<UUID> placeUnder(List<Organization> subUnits, Organization parent, LocalDate effectiveOn,
            String decisionRef) {
        List<UUID> moved = new ArrayList<>();
        for (Organization child : subUnits) {
            Map<String, Object> before = child.auditState();
            child.parentId = parent.id;
            finish(child, ChangeKind.MOVE, effectiveOn, decisionRef, before, Map.of());
            moved.add(child.id);
        }
        return moved;
    }

    /** Appends the new period and writes the audit row: before/after of the changed fields plus the context. */
    private void finish(Organization organization, ChangeKind change, LocalDate effectiveOn, String decisionRef,
            Map<String, Object> before, Map<String, Object> details) {
        timeline.open(organization, change, effectiveOn, decisionRef);
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>(AuditTrail.diff(before, organization.auditState()));
        changes.put("effectiveOn", new AuditTrail.Change(null, effectiveOn));
        if (decisionRef != null) {
            changes.put("decisionRef", new AuditTrail.Change(null, decisionRef));
        }
        details.forEach((field, value) -> changes.put(field, new AuditTrail.Change(null, value)));
        auditTrail.recorded(change.name(), AUDIT_TYPE, organization.id, changes);
        // flush now so a concurrent writer's version clash surfaces here as a 409
        entityManager.flush();
        Map<String, Object> feedDetails = new LinkedHashMap<>(details);
        if (decisionRef != null) {
            feedDetails.put("decisionRef", decisionRef);
        }
        if (change == ChangeKind.MOVE) {
            // the organization and everything under it changed place in the tree
            changeLog.subtreeMoved(organization.id, (UUID) before.get("parentId"), change.name(), effectiveOn,
                    feedDetails);
        } else {
            changeLog.organization(organization.id, switch (change) {
                case MERGE, SPLIT, DISSOLVE -> ChangeType.STATUS_CHANGED;
                default -> ChangeType.UPDATED;
            }, change.name(), effectiveOn, feedDetails);
        }
    }

    /** The receiving side's audit row: what it took over, and from whom. */
    private void received(Organization receiver, ChangeKind change, UUID from, LocalDate effectiveOn,
            Map<String, Object> moves) {
        Map<String, AuditTrail.Change> changes = new LinkedHashMap<>();
        changes.put("receivedFrom", new AuditTrail.Change(null, from));
        changes.put("effectiveOn", new AuditTrail.Change(null, effectiveOn));
        moves.forEach((field, value) -> changes.put(field, new AuditTrail.Change(null, value)));
        auditTrail.recorded(change.name(), AUDIT_TYPE, receiver.id, changes);
    }

    private static Map<String, Object> moves(int membersMoved, List<UUID> subUnitsMoved) {
        Map<String, Object> moves = new LinkedHashMap<>();
        moves.put("membersMoved", membersMoved);
        moves.put("subUnitsMoved", subUnitsMoved);
        return moves;
    }
}
