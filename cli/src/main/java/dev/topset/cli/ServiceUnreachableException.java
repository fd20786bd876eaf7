package dev.topset.cli;

/** No answer from a service (not running, wrong URL): exit code 3. */
class ServiceUnreachableException extends RuntimeException {

    ServiceUnreachableException(String url, Throwable cause) {
        super("cannot reach " + url + " (" + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                + "); is the service running, are TOPSET_URL / TOPSET_QUERY_URL / TOPSET_ANALYTICS_URL right?", cause);
    }
}
