package vn.party.contracts.figures;

/**
 * Quality levels of the annual review, best first: the counts of {@link EventsFigures.LevelCounts} (one per level,
 * see {@link #of}); events-service's own {@code RatingLevel} is the source (its test checks the two have the same
 * constants in the same order).
 */
public enum RatingLevel {
    EXCELLENT,
    GOOD,
    COMPLETED,
    NOT_COMPLETED;

    /** The count of this level in {@code counts}. */
    public long of(EventsFigures.LevelCounts counts) {
        return switch (this) {
            case EXCELLENT -> counts.excellent();
            case GOOD -> counts.good();
            case COMPLETED -> counts.completed();
            case NOT_COMPLETED -> counts.notCompleted();
        };
    }
}
