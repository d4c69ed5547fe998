#!/usr/bin/env python3
"""Sets the browser scenario's answers beside what else happened at the time.

Reads the CSV files Formulate.Load writes into a results directory (answers.csv, moves.csv, cpu.csv,
gc.csv) and prints how slow answers (over the 200 ms target) relate to section moves, to the
number of answers and moves under way, to the server's garbage collections and to each kind of
process's CPU.  Usage: python3 scripts/load-timeline.py load-results/<time>
"""
import csv
import math
import os
import sys

SLOW_MS = 200.0


def read(directory, name):
    path = os.path.join(directory, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="") as f:
        return [{k: (float(v) if k not in ("section", "question") else v) for k, v in row.items()} for row in csv.DictReader(f)]


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered)) - 1))]


def describe(label, latencies):
    if not latencies:
        return f"  {label:<34} n=0"
    slow = sum(1 for v in latencies if v > SLOW_MS)
    return (f"  {label:<34} n={len(latencies):<5} p50={percentile(latencies, .5):6.1f} p95={percentile(latencies, .95):6.1f} "
            f"p99={percentile(latencies, .99):7.1f} over {SLOW_MS:.0f} ms: {slow:4} ({100.0 * slow / len(latencies):4.1f}%)")


def grouped(title, answers, key, buckets):
    print(title)
    for label, test in buckets:
        print(describe(label, [a["latency_ms"] for a in answers if test(key(a))]))


def main(directory):
    answers = [a for a in read(directory, "answers.csv") if a["latency_ms"] >= 0]
    moves = read(directory, "moves.csv")
    cpu = read(directory, "cpu.csv")
    gcs = read(directory, "gc.csv")
    print(describe("all answers", [a["latency_ms"] for a in answers]))

    grouped("\nBy whether the practitioner had just moved to the section:", answers, lambda a: a["after_section_move"],
            [("first answer after a move", lambda v: v == 1), ("other answers", lambda v: v == 0)])

    for a in answers:
        end = a["start_ms"] + a["latency_ms"]
        a["moves_overlapping"] = sum(1 for m in moves if m["start_ms"] < end and m["end_ms"] > a["start_ms"])
        a["gc_ms"] = sum(max(0.0, min(end, g["start_ms"] + g["pause_ms"]) - max(a["start_ms"], g["start_ms"])) for g in gcs)
        second = [c for c in cpu if c["start_ms"] <= a["start_ms"] < c["start_ms"] + 1000]
        a["cpu"] = second[0] if second else None

    buckets = [("0", lambda v: v == 0), ("1", lambda v: v == 1), ("2", lambda v: v == 2), ("3-5", lambda v: 3 <= v <= 5), ("6 or more", lambda v: v >= 6)]
    grouped("\nBy section moves under way at the click (other practitioners):", answers, lambda a: a["moves_in_flight"], buckets)
    grouped("\nBy section moves under way at any time during the answer:", answers, lambda a: a["moves_overlapping"], buckets)
    grouped("\nBy other answers under way at the click:", answers, lambda a: a["answers_in_flight"], buckets)

    if gcs:
        pauses = [g["pause_ms"] for g in gcs]
        print(f"\nServer GC pauses: {len(gcs)}, {sum(pauses):.0f} ms in all, p50 {percentile(pauses, .5):.1f} ms, "
              f"p99 {percentile(pauses, .99):.1f} ms, longest {max(pauses):.1f} ms; by generation: "
              + ", ".join(f"gen{int(g)}: {sum(1 for x in gcs if x['generation'] == g)}" for g in sorted({x["generation"] for x in gcs})))
        grouped("By server GC pause time inside the answer:", answers, lambda a: a["gc_ms"],
                [("none", lambda v: v == 0), ("under 10 ms", lambda v: 0 < v < 10), ("10 ms or more", lambda v: v >= 10)])

    if cpu:
        kinds = [k for k in cpu[0] if k not in ("start_ms", "busiest_renderer")]
        print("\nCPU while answering, per cent of one core (the machine has %d), mean over %d one-second samples:" % (100 * os.cpu_count(), len(cpu)))
        print("  " + ", ".join(f"{k} {sum(c[k] for c in cpu) / len(cpu):.0f}" for k in kinds)
              + f"; total {sum(sum(c[k] for k in kinds) for c in cpu) / len(cpu):.0f}")
        with_cpu = [a for a in answers if a["cpu"]]
        total = lambda a: sum(a["cpu"][k] for k in kinds)
        grouped("By the machine's CPU in the second of the click (per cent of one core):", with_cpu, total,
                [("under 100", lambda v: v < 100), ("100-150", lambda v: 100 <= v < 150), ("150-180", lambda v: 150 <= v < 180), ("180 or more", lambda v: v >= 180)])
        for kind in kinds:
            values = sorted(a["cpu"][kind] for a in with_cpu)
            cut = percentile(values, .75)
            grouped(f"By {kind} CPU in that second (top quarter: {cut:.0f} or more):", with_cpu, lambda a, k=kind: a["cpu"][k],
                    [("top quarter", lambda v, c=cut: v >= c), ("the rest", lambda v, c=cut: v < c)])

    print("\nBy ten-second window:")
    print("  window     answers  p95    over  moves  cpu_total renderers formulate gc_ms")
    end = max((a["start_ms"] for a in answers), default=0)
    for start in range(0, int(end) + 10000, 10000):
        inside = [a["latency_ms"] for a in answers if start <= a["start_ms"] < start + 10000]
        started = sum(1 for m in moves if start <= m["start_ms"] < start + 10000)
        samples = [c for c in cpu if start <= c["start_ms"] < start + 10000]
        cpu_total = sum(sum(c[k] for k in c if k not in ("start_ms", "busiest_renderer")) for c in samples) / len(samples) if samples else float("nan")
        renderers = sum(c["renderers"] for c in samples) / len(samples) if samples else float("nan")
        formulate = sum(c["formulate"] for c in samples) / len(samples) if samples else float("nan")
        gc_ms = sum(g["pause_ms"] for g in gcs if start <= g["start_ms"] < start + 10000)
        print(f"  {start / 1000:5.0f}-{(start + 10000) / 1000:<4.0f} {len(inside):5}  {percentile(inside, .95):6.0f} {sum(1 for v in inside if v > SLOW_MS):5} {started:6}"
              f"  {cpu_total:8.0f} {renderers:9.0f} {formulate:9.0f} {gc_ms:6.0f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
