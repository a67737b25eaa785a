#!/usr/bin/env bash
# Renders Woolly's icon from woolly.svg (48 px and up) and woolly-small.svg (16-32 px) into png/,
# builds woolly.ico (Windows) and woolly.icns (macOS) for packaging, and copies the window-icon
# sizes into the app's resources.
#
# Needs, from Debian: librsvg2-bin (rsvg-convert), imagemagick (/usr/bin/convert; a `convert`
# elsewhere on PATH may be a stand-in) and icnsutils (png2icns):
#   apt-get update && apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"

for tool in rsvg-convert /usr/bin/convert png2icns; do
  command -v "$tool" >/dev/null || { echo "render.sh: $tool is missing; see the comment at the top" >&2; exit 1; }
done

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do
  if ((size <= 32)); then svg=woolly-small.svg; else svg=woolly.svg; fi
  rsvg-convert --width "$size" --height "$size" "$svg" --output "png/woolly-$size.png"
done

# Windows: one .ico with the sizes Explorer and the taskbar ask for.
/usr/bin/convert png/woolly-{16,24,32,48,64,128,256}.png woolly.ico

# macOS: png2icns takes the sizes the format has slots for.
png2icns woolly.icns png/woolly-{16,32,48,128,256,512,1024}.png >/dev/null

resources=../src/main/resources/social/woolly/ui/icons
mkdir -p "$resources"
for size in 16 32 48 64 128 256 512; do
  cp "png/woolly-$size.png" "$resources/"
done
echo "render.sh: rendered png/, woolly.ico, woolly.icns and copied window icons to $resources"
