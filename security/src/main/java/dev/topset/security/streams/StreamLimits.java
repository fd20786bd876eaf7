package dev.topset.security.streams;

/**
 * The open-stream limits of one kind of stream, with the names of the properties that set them (named in the
 * problem a refused client gets).
 *
 * @param perInstance  open streams of this instance in total
 * @param perCaller    open streams of one token subject, so one caller cannot take every slot
 * @param perAthlete   open streams of one athlete's data, whoever reads it
 * @param property     the property prefix, e.g. {@code topset.live}: limits are {@code <prefix>.<name>}
 * @param instanceName the name of the per-instance limit's property, e.g. {@code max-subscribers}
 */
public record StreamLimits(int perInstance, int perCaller, int perAthlete, String property, String instanceName) {

    public StreamLimits {
        if (perInstance < 1 || perCaller < 1 || perAthlete < 1) {
            throw new IllegalArgumentException(property + ": every stream limit must be at least 1");
        }
    }

    int max(StreamLimit limit) {
        return switch (limit) {
            case INSTANCE -> perInstance;
            case CALLER -> perCaller;
            case ATHLETE -> perAthlete;
        };
    }

    /** The property that sets the limit, e.g. {@code topset.live.max-subscribers-per-caller}. */
    String propertyOf(StreamLimit limit) {
        return property + "." + switch (limit) {
            case INSTANCE -> instanceName;
            case CALLER -> instanceName + "-per-caller";
            case ATHLETE -> instanceName + "-per-athlete";
        };
    }
}
