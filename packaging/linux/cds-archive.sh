#!/bin/sh
# Makes the class-data-sharing archive the Linux launchers map (-XX:SharedArchiveFile, pom.xml), as root, from
# the .deb's postinst and the .rpm's %post; prerm and %preun remove it (no package knows the file).
# Made at install time through the installed launcher, because a JDK 17 archive covers class-path jars only at the
# paths and mtimes they had when it was made. -Xshare:dump makes it and exits before the app runs. _JAVA_OPTIONS, not
# JAVA_TOOL_OPTIONS: it comes after the launcher's options, so its temporary file wins over the launcher's path;
# renamed when complete, since a start that maps a partly written archive crashes. Best effort, always exit 0:
# without an archive (or with a stale one) the app starts as before, only slower, and the JVM says nothing.
app=/opt/hood-admin/lib/app
archive="$app/hood-admin.jsa"
bound=""
if command -v timeout >/dev/null 2>&1; then bound="timeout 300"; fi
if (unset JAVA_TOOL_OPTIONS JDK_JAVA_OPTIONS
    _JAVA_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/cds-classes.txt -XX:SharedArchiveFile=$archive.tmp" \
        $bound /opt/hood-admin/bin/hood-admin >/dev/null 2>&1) && [ -s "$archive.tmp" ] && mv -f "$archive.tmp" "$archive"
then
    exit 0
fi
rm -f "$archive.tmp" "$archive"
echo "hood-admin: no class-data-sharing archive made (the app starts without it, slower)" >&2
exit 0
