#!/usr/bin/env bash
# Validates docker-compose.yml and the Dockerfile it builds, with what runs without a Docker engine:
#  1. `docker-compose config -q` (Debian's docker-compose package) parses the file against the Compose schema,
#     resolves ${VARIABLES} and checks depends_on conditions, volumes and ports;
#  2. the services the stack relies on are there;
#  3. every COPY source of the Dockerfile build stage exists in the repository (a renamed project breaks the build).
# Usage: .ci/validate-compose.sh   (installs docker-compose with apt-get when missing)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v docker-compose >/dev/null 2>&1; then
  echo "validate-compose: docker-compose not found; installing Debian's package"
  apt-get install -y --no-install-recommends docker-compose >/dev/null
fi

docker-compose -f docker-compose.yml config -q

services="$(docker-compose -f docker-compose.yml config --services | sort | tr '\n' ' ')"
for required in api loader neo4j; do
  case " $services " in
    *" $required "*) ;;
    *) echo "validate-compose: docker-compose.yml has no '$required' service (has: $services)" >&2; exit 1 ;;
  esac
done

missing=0
while read -r source; do
  if [ ! -e "$source" ]; then
    echo "validate-compose: Dockerfile copies '$source', which does not exist" >&2
    missing=1
  fi
done < <(grep -E '^COPY ' Dockerfile | grep -v -- '--from=' | awk '{ for (i = 2; i < NF; i++) print $i }')
[ "$missing" -eq 0 ] || exit 1

echo "validate-compose: docker-compose.yml valid ($(docker-compose version --short)); services: $services; Dockerfile sources present"
