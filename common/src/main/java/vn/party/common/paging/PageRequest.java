package vn.party.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import vn.party.common.problem.ProblemException;

/**
 * Paging query parameters: {@code page} counts from 0 up to {@value #MAX_PAGE}, {@code size} at most 200, so that
 * {@code page × size} always fits an int offset (a huge page is a 400 naming {@code page}, never an overflow into a
 * negative offset and a 500).
 */
public class PageRequest {

    public static final int MAX_SIZE = 200;
    /** {@code MAX_PAGE × MAX_SIZE} stays below {@link Integer#MAX_VALUE}. */
    public static final int MAX_PAGE = 10_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "phải ≥ 0 (must be ≥ 0)")
    @Max(value = MAX_PAGE, message = "tối đa 10000000 (at most 10000000)")
    public int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "phải ≥ 1 (must be ≥ 1)")
    @Max(value = MAX_SIZE, message = "tối đa 200 (at most 200)")
    public int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    /** The first row's index; refuses (400, field {@code page}) a request that was not validated and overflows. */
    public int offset() {
        try {
            return Math.multiplyExact(page, size);
        } catch (ArithmeticException overflow) {
            throw ProblemException.invalidField("page", "trang quá lớn (page too large)");
        }
    }
}
