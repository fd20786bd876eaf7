package dev.topset.command.importing;

/** How the exporting app marked a set: Strong's Set Order W/D/F, Hevy's set_type. */
enum SetMarker {
    NORMAL,
    WARMUP,
    DROP,
    FAILURE
}
