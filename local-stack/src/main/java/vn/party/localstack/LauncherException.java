package vn.party.localstack;

/** A failure with a message meant for the person running the launcher (printed without a stack trace). */
class LauncherException extends RuntimeException {

    LauncherException(String message) {
        super(message);
    }

    LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
