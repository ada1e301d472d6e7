package vn.party.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** Paging query parameters: {@code page} counts from 0, {@code size} at most 200. */
public class PageRequest {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "phải ≥ 0 (must be ≥ 0)")
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

    public int offset() {
        return page * size;
    }
}
