#!/bin/sh
# Regenerates the committed hicolor PNGs from the SVG icon, so a build needs no SVG renderer.
# Needs rsvg-convert (Debian: librsvg2-bin). Run after editing org.tokendesk.TokenDesk.svg.
set -eu
cd "$(dirname "$0")"
command -v rsvg-convert >/dev/null 2>&1 \
    || { echo "render.sh: rsvg-convert not found (apt install librsvg2-bin)" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio \
        --output "hicolor/${size}x${size}/org.tokendesk.TokenDesk.png" org.tokendesk.TokenDesk.svg
done
