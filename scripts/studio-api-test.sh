#!/usr/bin/env bash
# Runs schemathesis against a live `socioeco serve` on a copy of the earthquake example,
# from the API's own description (docs/studio-openapi.yaml): no 5xx, every answer as
# documented; then checks the file on disk is still a valid programme.
#
# Usage: scripts/studio-api-test.sh [EXAMPLES]   (default 25 examples per operation)
# SOCIOECO names the binary (default: .build/debug/socioeco, built if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
examples="${1:-25}"
bin="${SOCIOECO:-.build/debug/socioeco}"
[ -x "$bin" ] || swift build --product socioeco >/dev/null
command -v st >/dev/null || { echo "studio-api-test: schemathesis is missing; run scripts/install-peers.sh" >&2; exit 1; }

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
cp Models/earthquake-response.xml "$work/programme.xml"
mkfifo "$work/out"
"$bin" serve "$work/programme.xml" --port 0 --no-open >"$work/out" 2>"$work/err" &
server=$!
exec 3<"$work/out"
read -r -t 30 address <&3 || { echo "studio-api-test: the server printed no address" >&2; cat "$work/err" >&2; exit 1; }
base="${address%%/?token=*}"
token="${address##*token=}"
echo "studio-api-test: $base, $examples examples per operation"

status=0
# positive_data_acceptance is left out: a body the schema allows may still break the
# format's rules (a level the framework lacks), and 422 is then the right answer.
# ignored_auth is left out: it adds a made-up cookie beside the real Bearer token sent
# here and takes the 200 for a lapse; the Swift tests refuse every wrong or missing token.
# From a folder of its own: schemathesis keeps a cache in the folder it runs in.
mkdir "$work/st"
root=$(pwd)
(cd "$work/st" && st run "$root/docs/studio-openapi.yaml" --url "$base" \
  -H "Authorization: Bearer $token" \
  --checks all --exclude-checks positive_data_acceptance,ignored_auth \
  --max-examples "$examples" --seed 1 --workers 1 \
  --request-timeout 10 --no-color) || status=$?

kill -INT "$server"
wait "$server" || { echo "studio-api-test: the server did not stop cleanly" >&2; status=1; }
server=""
if ! "$bin" validate "$work/programme.xml"; then
  echo "studio-api-test: the file on disk is no longer valid" >&2
  status=1
fi
ls -A "$work" | grep -vxE 'programme\.xml|programme\.xml\.studio-journal|out|err|st' && { echo "studio-api-test: the server wrote other files" >&2; status=1; }
exit $status
