package vn.party.membership.transfer;

/** Where the two sides are: both in the tree, to an organization outside it, or from one outside it. */
public enum TransferDirection {
    INTERNAL,
    OUTGOING,
    INCOMING
}
