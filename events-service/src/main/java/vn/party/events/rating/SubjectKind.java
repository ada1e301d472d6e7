package vn.party.events.rating;

/** Who is rated: a member (đảng viên) or an organization (tổ chức đảng). */
public enum SubjectKind {
    MEMBER,
    ORGANIZATION
}
