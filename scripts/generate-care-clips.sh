#!/usr/bin/env bash
# Regenerates the care-mode status clips the mini-programs play (they have no speech engine):
# one sentence per status and language, the same as care.speech.* in src/i18n/care.{zh-CN,en}.ts.
# Needs espeak-ng and lame (Debian: apt-get install -y espeak-ng lame). Writes mono 16 kHz 32 kbit/s MP3,
# a few KB each, into src/packages/care/clips/, which config/index.ts copies into the care sub-package.
set -euo pipefail
out="$(cd "$(dirname "$0")/.." && pwd)/src/packages/care/clips"
mkdir -p "$out"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

clip() { # name voice text
  espeak-ng -v "$2" -s 150 -w "$tmp/$1.wav" "$3"
  lame --quiet -m m --resample 16 -b 32 "$tmp/$1.wav" "$out/$1.mp3"
}

clip green-zh cmn '您的健康码是绿码，可以通行'
clip yellow-zh cmn '您的健康码是黄码，请配合核验'
clip red-zh cmn '您的健康码是红码，暂不能通行，请联系社区'
clip green-en en 'Your health code is green: you may pass'
clip yellow-en en 'Your health code is yellow: please follow the checks'
clip red-en en 'Your health code is red: you may not pass. Please contact your community'
ls -l "$out"/*.mp3
