package vn.party.contracts.warnings;

import java.util.List;

/** One page of a half's members, as both services page their lists ({@code page} from 0). */
public record MemberPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
}
