package dev.topset.security;

import java.util.function.Supplier;

/** An {@link AccessPolicy} decision about one athlete's data. */
public enum Access {
    ALLOWED,
    /** the caller may not know this athlete's data exists: answer as for an unknown id (404) */
    HIDDEN,
    /** the caller's roles never allow this operation: 403 */
    FORBIDDEN;

    /**
     * Returns when allowed; otherwise throws the service's own "not found" exception (so that a hidden object
     * and a missing one get the same answer) or {@link AccessRefusedException}.
     */
    public void enforce(Supplier<? extends RuntimeException> notFound) {
        switch (this) {
            case ALLOWED -> {
            }
            case HIDDEN -> throw notFound.get();
            case FORBIDDEN -> throw new AccessRefusedException("your roles do not allow this operation on athlete data");
        }
    }
}
