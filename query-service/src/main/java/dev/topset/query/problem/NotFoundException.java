package dev.topset.query.problem;

/** An id in the path that the read models do not know. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
