package vn.party.membership.policy;

/** A vote threshold such as 2/3, compared with exact integer arithmetic (never floating point). */
public record Fraction(int numerator, int denominator) {

    public Fraction {
        if (numerator <= 0 || denominator < numerator) {
            throw new IllegalArgumentException("a threshold is a fraction in (0, 1]: " + numerator + "/" + denominator);
        }
    }

    /** Whether {@code votesFor} reach at least this fraction of <em>all</em> {@code entitledVoters}. */
    public boolean reachedBy(int votesFor, int entitledVoters) {
        return (long) votesFor * denominator >= (long) numerator * entitledVoters;
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }
}
