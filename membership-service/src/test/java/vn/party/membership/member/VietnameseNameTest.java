package vn.party.membership.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.party.common.problem.ProblemException;
import vn.party.membership.member.domain.NationalIdMask;
import vn.party.membership.member.domain.VietnameseName;

class VietnameseNameTest {

    @Test
    void splitsFamilyMiddleAndGivenName() {
        assertEquals(new VietnameseName("Nguyễn", "Văn", "An"), VietnameseName.parse("  Nguyễn   Văn An ", null, null));
        assertEquals(new VietnameseName("Âu Dương", "", "Phong"), VietnameseName.parse("Âu Dương Phong", "Âu Dương", null));
        assertEquals(new VietnameseName("Lê", "Thị Minh", "Khai"), VietnameseName.parse("Lê Thị Minh Khai", null, null));
        assertThrows(ProblemException.class, () -> VietnameseName.parse("An", null, null));
        assertThrows(ProblemException.class, () -> VietnameseName.parse("Nguyễn Văn An", "Trần", null));
    }

    @Test
    void composesDecomposedDiacritics() {
        String decomposed = "Nguye\u0302\u0303n Va\u0306n An";
        assertEquals("Nguyễn Văn An", VietnameseName.parse(decomposed, null, null).fullName());
    }

    @Test
    void sortKeyFollowsTheVietnameseAlphabetGivenNameFirst() {
        List<String> names = List.of("Trần Văn Đức", "Lê Văn Dũng", "Phạm Thị Ân", "Nguyễn Văn Anh", "Võ Văn Giang",
                "Lý Thị Ăn", "Đào Văn Anh", "Hồ Văn An", "Lê Thị Ước", "Mai Văn Uyên");
        List<String> sorted = names.stream()
                .sorted(Comparator.comparing(name -> VietnameseName.parse(name, null, null).sortKey(), Arrays::compareUnsigned))
                .toList();
        assertEquals(List.of("Hồ Văn An", "Đào Văn Anh", "Nguyễn Văn Anh", "Lý Thị Ăn", "Phạm Thị Ân", "Lê Văn Dũng",
                "Trần Văn Đức", "Võ Văn Giang", "Mai Văn Uyên", "Lê Thị Ước"), sorted);
    }

    @Test
    void masksTheMiddleOfTheNationalId() {
        assertEquals("001******345", NationalIdMask.mask("001085012345"));
    }
}
