package vn.party.events.history;

import jakarta.ws.rs.Path;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import vn.party.common.persistence.history.RecordHistoryResource;

/** The history of events-service's records (bloc-admin), e.g. where a record came from after a restructuring. */
@Path("/api/events/history")
@Tag(name = "History", description = "Lịch sử thay đổi của hồ sơ (ai, khi nào, thay đổi gì)")
public class HistoryResource extends RecordHistoryResource {
}
