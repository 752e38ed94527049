#!/usr/bin/env bash
# Regenerates every raster icon from assets/icon.svg:
#   assets/icons/icon-<N>.png            (16 … 512 px)
#   packaging/windows/hood-admin.ico     (16 … 256 px, 256 stored as PNG)
#   packaging/macos/hood-admin.icns      (16 … 512 px)
# Needs rsvg-convert, icotool and png2icns; on Debian/Ubuntu:
#   apt-get install -y librsvg2-bin icoutils icnsutils
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
svg="$root/assets/icon.svg"
out="$root/assets/icons"
sizes=(16 24 32 48 64 128 256 512)

for tool in rsvg-convert icotool png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install -y librsvg2-bin icoutils icnsutils)" >&2; exit 1; }
done

mkdir -p "$out" "$root/packaging/windows" "$root/packaging/macos"
for n in "${sizes[@]}"; do
  rsvg-convert --width "$n" --height "$n" --keep-aspect-ratio "$svg" --output "$out/icon-$n.png"
  echo "rendered assets/icons/icon-$n.png"
done

# Windows wants 16–48 as classic bitmaps and 256 as an embedded PNG (--raw) to stay small.
icotool --create --output "$root/packaging/windows/hood-admin.ico" \
  "$out/icon-16.png" "$out/icon-24.png" "$out/icon-32.png" "$out/icon-48.png" \
  "$out/icon-64.png" "$out/icon-128.png" --raw="$out/icon-256.png"
echo "wrote packaging/windows/hood-admin.ico"

# png2icns picks the icns slot from each PNG's size (it has no 24 or 64 px slot).
png2icns "$root/packaging/macos/hood-admin.icns" \
  "$out/icon-16.png" "$out/icon-32.png" "$out/icon-48.png" \
  "$out/icon-128.png" "$out/icon-256.png" "$out/icon-512.png" >/dev/null
echo "wrote packaging/macos/hood-admin.icns"
