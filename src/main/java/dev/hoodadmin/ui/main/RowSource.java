package dev.hoodadmin.ui.main;

/** Where the rows on screen come from, so the count can say when they may be out of date. */
enum RowSource {
    /** Read from the server (or being read). */
    SERVER,
    /** Kept on this computer from an earlier run, while the server is asked what changed since. */
    LOCAL_COPY_CHECKING,
    /** Kept on this computer; asking the server what changed failed. */
    LOCAL_COPY_UNCHECKED
}
