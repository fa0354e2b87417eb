#!/usr/bin/env bash
# Benchmark policyx end to end against segmentation alone.
#
# Builds policyx and the segmentation-only baseline (bench/segonly), then
# over (1) the founding article repeated COPIES times and (2) the 70
# government work reports (when the shared corpus is present) prints:
# input MB/s of each, policyx's time as a ratio to the baseline's, the
# speed-up from 1 to 2 workers, cold start on one sentence, and peak RSS.
# Whole processes are timed, start-up included, best of RUNS runs.
#
# usage: bench/run.sh [COPIES] [RUNS]     (defaults 400 and 3)
# env:   POLICYX_CORPUS  directory holding gwr-1954-2025.jsonl
set -euo pipefail
cd "$(dirname "$0")/.."
copies=${1:-400}
runs=${2:-3}
out=bench/out
mkdir -p "$out"
go build -o "$out/policyx" ./cmd/policyx
go build -o "$out/segonly" ./bench/segonly

article=testdata/articles/hightech-zones-2022.txt
gen="$out/article-x$copies.jsonl"
if [ ! -f "$gen" ]; then
  python3 - "$article" "$copies" > "$gen" <<'PY'
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
for i in range(int(sys.argv[2])):
    print(json.dumps({"id": f"copy-{i:05d}", "text": text}, ensure_ascii=False))
PY
fi
gwr="${POLICYX_CORPUS:-../shared/corpus}/gwr-1954-2025.jsonl"

# best_of CMD...: runs CMD $runs times, prints "seconds maxrss_kb" of the fastest
best_of() {
  local best="" rss=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$out/time.txt" "$@" > /dev/null 2> "$out/stderr.txt" || {
      status=$?; [ "$status" -eq 3 ] || { cat "$out/stderr.txt" >&2; return 1; }
    }
    # GNU time writes "Command exited with non-zero status N" first when
    # the command fails: the figures are on the last line.
    read -r s m < <(tail -n 1 "$out/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; rss=$m; fi
  done
  echo "$best $rss"
}

mbps() { awk -v b="$1" -v s="$2" 'BEGIN{ if (s > 0) printf "%.2f", b/1e6/s; else print "inf" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{ printf "%.2f", a/b }'; }

report() { # name file
  local name=$1 file=$2 bytes
  bytes=$(python3 -c 'import json,sys
n=0
for l in open(sys.argv[1], encoding="utf-8"):
    l=l.strip()
    if l:
        d=json.loads(l); n+=len((d.get("text") or d.get("content") or "").encode())
print(n)' "$file")
  read -r gse1 _ <<<"$(best_of "$out/segonly" --engine gse --jobs 1 --input-format jsonl "$file")"
  read -r seg1 _ <<<"$(best_of "$out/segonly" --engine policyx --jobs 1 --input-format jsonl "$file")"
  read -r px1 rss1 <<<"$(best_of "$out/policyx" extract --progress never --jobs 1 --input-format jsonl "$file")"
  read -r px2 rss2 <<<"$(best_of "$out/policyx" extract --progress never --jobs 2 --input-format jsonl "$file")"
  echo "$name: $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB of text"
  printf '  gse Segment alone (zh_s, 1 worker)     %6.2f s  %7s MB/s\n' "$gse1" "$(mbps "$bytes" "$gse1")"
  printf '  policyx segmenter alone (1 worker)     %6.2f s  %7s MB/s\n' "$seg1" "$(mbps "$bytes" "$seg1")"
  printf '  policyx extract, 1 worker              %6.2f s  %7s MB/s  %sx gse alone, %sx own segmenter alone, peak RSS %d MB\n' \
    "$px1" "$(mbps "$bytes" "$px1")" "$(ratio "$px1" "$gse1")" "$(ratio "$px1" "$seg1")" "$((rss1/1024))"
  printf '  policyx extract, 2 workers             %6.2f s  %7s MB/s  speed-up %sx over 1 worker, peak RSS %d MB\n' \
    "$px2" "$(mbps "$bytes" "$px2")" "$(ratio "$px1" "$px2")" "$((rss2/1024))"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(go version | cut -d' ' -f3-)"
echo "times: whole processes including start-up, best of $runs"
report "article x$copies" "$gen"
small="$out/article-x40.jsonl"
head -n 40 "$gen" > "$small"
read -r _ rss40 <<<"$(best_of "$out/policyx" extract --progress never --jobs 2 --input-format jsonl "$small")"
read -r _ rssall <<<"$(best_of "$out/policyx" extract --progress never --jobs 2 --input-format jsonl "$gen")"
echo "peak RSS over 40 documents: $((rss40/1024)) MB; over $copies: $((rssall/1024)) MB"
if [ -f "$gwr" ]; then
  report "work reports (70)" "$gwr"
else
  echo "work reports: $gwr not found; set POLICYX_CORPUS to include them"
fi
echo '{"id":"one","text":"力争到2025年技术合同交易额突破10亿元。"}' > "$out/one.jsonl"
read -r cold coldrss <<<"$(best_of "$out/policyx" extract --progress never --input-format jsonl "$out/one.jsonl")"
echo "cold start, one sentence: ${cold}s, peak RSS $((coldrss/1024)) MB"
