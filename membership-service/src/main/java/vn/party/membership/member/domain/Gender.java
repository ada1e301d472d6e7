package vn.party.membership.member.domain;

public enum Gender {
    MALE,
    FEMALE
}
