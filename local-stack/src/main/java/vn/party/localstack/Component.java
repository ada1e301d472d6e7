package vn.party.localstack;

/** Something the launcher started and must stop again. */
interface Component {

    String name();

    /** Stops it and waits until it is gone (forcibly if it does not stop in time). Never throws. */
    void stop();

    boolean isAlive();
}
