package vn.party.membership.transfer;

/** Official (chuyển sinh hoạt chính thức) or temporary (chuyển sinh hoạt tạm thời). */
public enum TransferKind {
    OFFICIAL,
    TEMPORARY
}
