package vn.party.membership.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.party.membership.member.domain.MemberStatus;

/**
 * Membership's member status is the source; the contract's {@link vn.party.contracts.member.MemberStatus}, which
 * other services read, has the same constants in the same order and the same statuses on the roll.
 */
class MemberStatusContractTest {

    @Test
    void theContractsMemberStatusHasMembershipsConstants() {
        assertEquals(names(MemberStatus.values()), names(vn.party.contracts.member.MemberStatus.values()));
    }

    @Test
    void theSameStatusesAreOnTheRoll() {
        Set<String> active = MemberStatus.ACTIVE.stream().map(Enum::name).collect(Collectors.toSet());
        assertEquals(active, vn.party.contracts.member.MemberStatus.ACTIVE.stream().map(Enum::name)
                .collect(Collectors.toSet()));
        for (MemberStatus status : MemberStatus.values()) {
            assertEquals(status.isActive(), vn.party.contracts.member.MemberStatus.valueOf(status.name()).isActive(),
                    status.name());
        }
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
