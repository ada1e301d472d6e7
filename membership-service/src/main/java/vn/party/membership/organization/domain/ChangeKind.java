package vn.party.membership.organization.domain;

/** What opened a period of an organization's history; also the audit action of a restructuring. */
public enum ChangeKind {
    /** Founded (or first recorded). */
    CREATE,
    /** Đổi tên. */
    RENAME,
    /** Chuyển sang trực thuộc tổ chức cấp trên khác. */
    MOVE,
    /** Nâng cấp: chi bộ cơ sở → đảng bộ cơ sở, chi bộ trực thuộc → đảng bộ bộ phận. */
    UPGRADE,
    /** Sáp nhập vào tổ chức khác. */
    MERGE,
    /** Chia tách thành các tổ chức mới. */
    SPLIT,
    /** Giải thể. */
    DISSOLVE
}
