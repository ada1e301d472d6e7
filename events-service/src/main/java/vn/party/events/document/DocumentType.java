package vn.party.events.document;

/** Kinds of documents a meeting issues, with the abbreviation used in their number (05-NQ/ĐU). */
public enum DocumentType {
    /** Nghị quyết. */
    RESOLUTION("NQ"),
    /** Kết luận. */
    CONCLUSION("KL"),
    /** Thông báo. */
    NOTICE("TB");

    private final String abbreviation;

    DocumentType(String abbreviation) {
        this.abbreviation = abbreviation;
    }

    public String abbreviation() {
        return abbreviation;
    }
}
