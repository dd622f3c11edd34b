"""Growth: the full ``build-dataset`` on demo exports of 1x, 4x and 16x the default size.

    .venv/bin/python bench/bench_growth.py --workdir var/growth                      # 250/1000/4000 patients
    .venv/bin/python bench/bench_growth.py --base-patients 10 --scales 1 2 4 --workdir var/growth-small

For each scale a demo export of ``scale x base`` patients is generated once (kept under
``--workdir`` keyed by patients and seed, reused when present) and built by ``sonolabel
build-dataset`` as a subprocess into a fresh OUT, on the default local cluster (one worker process
per core). While it runs, the whole process tree is sampled every 0.2 s (psutil): peak RSS of the
driver (the flow, which holds the tables), of each Dask worker process and of the tree in total.
CPU time is the rusage of the reaped process tree. The flow's own progress lines, timestamped as
they arrive, split the wall time into the parallel part (index + preprocess chunks on the workers)
and the serial rest (start-up, file/exam rules, labels, contracts, publish).

Then: least-squares fits ``wall = a + b * files`` (R^2), whether the peak RSS per worker stays flat,
and an extrapolation to the paper's 5,442,907 images on this machine and on clusters of K workers,
``wall(N, K) = serial(N) + parallel_work(N) / K`` with both parts fitted linearly in N. The paper
counts images of the export, so N is matched to demo DICOM files; per published image is printed too.
The baseline of every ratio is the smallest scale of the same run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import psutil

PAPER_IMAGES = 5_442_907  # paper-summary.md: 5,442,907 images / 143,203 patients
REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
SAMPLE_S = 0.2
GIB = 1024**3
MIB = 1024**2


# ----------------------------------------------------------------------------- measuring
@dataclass
class TreeSample:
    """What the sampler saw of one build's process tree."""

    peak_total_rss: int = 0
    peak_rss: dict[int, int] = field(default_factory=dict)
    role: dict[int, str] = field(default_factory=dict)
    cpu_s: dict[int, float] = field(default_factory=dict)


def _role(proc: psutil.Process, root_pid: int) -> str:
    if proc.pid == root_pid:
        return "driver"
    try:
        cmd = " ".join(proc.cmdline())
    except (psutil.Error, OSError):
        return "other"
    if "resource_tracker" in cmd:
        return "other"
    if "spawn_main" in cmd or "forkserver" in cmd:
        return "dask-worker"  # LocalCluster(processes=True) starts its workers with multiprocessing spawn
    if "prefect" in cmd or "uvicorn" in cmd:
        return "prefect-api"
    return "other"


def _sample(root: psutil.Process, out: TreeSample, stop: threading.Event) -> None:
    while not stop.is_set():
        try:
            procs = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        total = 0
        for proc in procs:
            try:
                rss = proc.memory_info().rss
                cpu = proc.cpu_times()
            except (psutil.Error, OSError):
                continue
            if proc.pid not in out.role:
                out.role[proc.pid] = _role(proc, root.pid)
            total += rss
            out.peak_rss[proc.pid] = max(out.peak_rss.get(proc.pid, 0), rss)
            out.cpu_s[proc.pid] = cpu.user + cpu.system
        out.peak_total_rss = max(out.peak_total_rss, total)
        stop.wait(SAMPLE_S)


# the flow's progress lines that bound the parallel phase (flows/build_dataset.py logs them)
FOUND = re.compile(r"found ([\d,]+) files in (\d+) chunks")
STAGE_DONE = re.compile(r"(index|preprocess): (\d+)/(\d+) chunks")
PUBLISHED = re.compile(r"published version (\S+)")


@dataclass
class BuildRun:
    patients: int
    files: int
    images: int
    export_bytes: int
    out_bytes: int
    wall_s: float
    cpu_s: float
    parallel_s: float
    driver_peak_rss: int
    worker_peak_rss: list[int]
    total_peak_rss: int
    marks: dict[str, float]

    @property
    def serial_s(self) -> float:
        return self.wall_s - self.parallel_s


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def _build(export: Path, out: Path, workers: int, chunk_size: int, log: Path) -> tuple[float, float, TreeSample, dict]:
    """One ``sonolabel build-dataset`` subprocess: wall, tree CPU seconds, samples, phase marks."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "250"}
    cmd = [str(BIN / "sonolabel"), "build-dataset", str(export), str(out), "--workers", str(workers),
           "--chunk-size", str(chunk_size)]  # fmt: skip
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = psutil.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1)
    samples, stop = TreeSample(), threading.Event()
    sampler = threading.Thread(target=_sample, args=(proc, samples, stop), daemon=True)
    sampler.start()
    marks: dict[str, float] = {}
    try:
        _follow(proc, t0, log, marks)
    except BaseException:  # Ctrl-C or a crash of the bench: leave no build running
        _kill_tree(proc)
        raise
    rc = proc.wait()
    wall = time.perf_counter() - t0
    stop.set()
    sampler.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        raise SystemExit(f"build-dataset failed (exit {rc}); see {log}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, samples, marks


def _kill_tree(proc: psutil.Process) -> None:
    try:
        procs = [proc, *proc.children(recursive=True)]
    except psutil.Error:
        return
    for p in procs:
        try:
            p.kill()
        except psutil.Error:
            pass
    psutil.wait_procs(procs, timeout=10)


def _follow(proc: psutil.Popen, t0: float, log: Path, marks: dict[str, float]) -> None:
    """Copy the build's output to ``log`` with arrival times; note when each phase's last chunk finished."""
    with log.open("w") as fh:
        assert proc.stdout is not None
        for line in proc.stdout:
            now = time.perf_counter() - t0
            fh.write(f"{now:9.2f} {line}")
            if FOUND.search(line):
                marks["found"] = now
            elif m := STAGE_DONE.search(line):
                marks[f"{m[1]}_last"] = now
                if m[2] == m[3]:
                    marks[f"{m[1]}_done"] = now
                    print(f"    {m[1]} done at {now:.0f} s", flush=True)
            elif PUBLISHED.search(line):
                marks["published"] = now


def _ensure_export(work: Path, patients: int, seed: int, workers: int, bytes_per_patient: float | None) -> Path:
    export = work / f"export_p{patients}_s{seed}"
    if (export / "truth" / "summary.json").exists():
        print(f"  reusing {export}", flush=True)
        return export
    if bytes_per_patient:
        need, free = bytes_per_patient * patients * 1.3, shutil.disk_usage(work).free
        if need > free:
            raise SystemExit(f"not enough disk for {patients} patients: ~{need / GIB:.1f} GiB needed for the export "
                             f"and its build, {free / GIB:.1f} GiB free under {work}")  # fmt: skip
    shutil.rmtree(export, ignore_errors=True)
    print(f"  generating {patients}-patient demo export (seed {seed}) ...", flush=True)
    t0 = time.perf_counter()
    subprocess.run([str(BIN / "sonolabel"), "demo-data", str(export), "--patients", str(patients), "--seed", str(seed),
                    "--workers", str(workers)], cwd=REPO, check=True, stdout=subprocess.DEVNULL)  # fmt: skip
    print(f"  generated in {time.perf_counter() - t0:.0f} s", flush=True)
    return export


def _count_rows(out: Path, name: str) -> int:
    import pyarrow.parquet as pq

    return pq.read_metadata(out / "tables" / f"{name}.parquet").num_rows


def measure(args: argparse.Namespace) -> list[BuildRun]:
    work: Path = args.workdir
    work.mkdir(parents=True, exist_ok=True)
    runs: list[BuildRun] = []
    bytes_per_patient: float | None = None
    for scale in args.scales:
        patients = scale * args.base_patients
        print(f"[{time.strftime('%H:%M:%S')}] scale {scale}x: {patients} patients", flush=True)
        export = _ensure_export(work, patients, args.seed, args.workers, bytes_per_patient)
        out = work / f"out_p{patients}"
        shutil.rmtree(out, ignore_errors=True)
        export_bytes = _du(export)
        print(f"  export: {export_bytes / GIB:.2f} GiB; building with {args.workers} workers ...", flush=True)
        wall, cpu, samples, marks = _build(export, out, args.workers, args.chunk_size, work / f"build_p{patients}.log")
        for need in ("found", "index_done", "preprocess_done"):
            if need not in marks:
                raise SystemExit(f"no '{need}' progress line in {work / f'build_p{patients}.log'}")
        n_api = sum(role == "prefect-api" for role in samples.role.values())
        workers_rss = [rss for pid, rss in samples.peak_rss.items() if samples.role.get(pid) == "dask-worker"]
        driver = [rss for pid, rss in samples.peak_rss.items() if samples.role.get(pid) == "driver"]
        run = BuildRun(
            patients=patients,
            files=_count_rows(out, "dicom_index"),
            images=_count_rows(out, "images"),
            export_bytes=export_bytes,
            out_bytes=_du(out),
            wall_s=wall,
            cpu_s=cpu,
            # index and preprocess chunks run on the workers; file-rules between them is serial but small
            parallel_s=marks["preprocess_done"] - marks["found"],
            driver_peak_rss=max(driver, default=0),
            worker_peak_rss=sorted(workers_rss, reverse=True),
            total_peak_rss=samples.peak_total_rss,
            marks=marks,
        )
        runs.append(run)
        bytes_per_patient = (run.export_bytes + run.out_bytes) / patients
        worker_peak = max(workers_rss, default=0) / MIB
        print(
            f"  {run.files:,} files, {run.images:,} images: wall {wall:.1f} s, CPU {cpu:.1f} s, out {run.out_bytes / GIB:.2f} GiB"
        )
        print(f"  peak RSS: driver {run.driver_peak_rss / MIB:.0f} MiB, {len(workers_rss)} Dask worker processes "
              f"(max {worker_peak:.0f} MiB), {n_api} Prefect API server(s)", flush=True)  # fmt: skip
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
            shutil.rmtree(export, ignore_errors=True)
    return runs


# ----------------------------------------------------------------------------- analysis
def fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least squares ``y = a + b x``: (a, b, R^2); R^2 is 1.0 for two points."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    if sxx == 0:
        return my, 0.0, 0.0
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx
    a = my - b * mx
    ss_tot = sum((y - my) ** 2 for y in ys)
    ss_res = sum((y - a - b * x) ** 2 for x, y in zip(xs, ys))
    return a, b, (1 - ss_res / ss_tot) if ss_tot else 1.0


def _hms(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 2 * 3600:
        return f"{seconds / 60:.0f} min"
    if seconds < 3 * 86400:
        return f"{seconds / 3600:.1f} h"
    return f"{seconds / 86400:.1f} days"


def report(runs: list[BuildRun], workers: int, cluster_sizes: list[int]) -> str:
    lines = [
        f"Local cluster of {workers} worker processes (1 thread each) on {os.cpu_count()} cores, "
        f"{psutil.virtual_memory().total / GIB:.0f} GiB RAM.",
        "",
        "| patients | files | images | export GiB | out GiB | wall s | parallel s | serial s | CPU s "
        "| wall ms/file | wall ms/image | CPU ms/image | driver peak MiB | worker peak MiB (max / min) | total peak MiB |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in runs:
        lines.append(
            f"| {r.patients:,} | {r.files:,} | {r.images:,} | {r.export_bytes / GIB:.2f} | {r.out_bytes / GIB:.2f} "
            f"| {r.wall_s:.1f} | {r.parallel_s:.1f} | {r.serial_s:.1f} | {r.cpu_s:.1f} | {1000 * r.wall_s / r.files:.1f} "
            f"| {1000 * r.wall_s / max(r.images, 1):.1f} | {1000 * r.cpu_s / max(r.images, 1):.1f} "
            f"| {r.driver_peak_rss / MIB:.0f} | {max(r.worker_peak_rss, default=0) / MIB:.0f} / "
            f"{min(r.worker_peak_rss, default=0) / MIB:.0f} | {r.total_peak_rss / MIB:.0f} |"
        )
    if len(runs) < 2:
        return "\n".join(lines)
    files = [float(r.files) for r in runs]
    base = runs[0]
    a, b, r2 = fit(files, [r.wall_s for r in runs])
    s0, s1, s_r2 = fit(files, [r.serial_s for r in runs])
    serial_note = ""
    if s1 < 0:  # noise at small scales: the serial part cannot shrink as the export grows
        s0, s1, serial_note = max(r.serial_s for r in runs), 0.0, " -> taken as constant (max measured)"
    # parallel work in worker-seconds (the phase ran on `workers` processes)
    p0, p1, p_r2 = fit(files, [r.parallel_s * workers for r in runs])
    d0, d1, d_r2 = fit(files, [float(r.driver_peak_rss) for r in runs])
    c0, c1, c_r2 = fit(files, [r.cpu_s for r in runs])
    wk = [max(r.worker_peak_rss, default=0) for r in runs]
    disk_per_file = (runs[-1].export_bytes + runs[-1].out_bytes) / runs[-1].files
    out_per_file = runs[-1].out_bytes / runs[-1].files
    lines += [
        "",
        f"- wall = {a:.1f} s + {1000 * b:.2f} ms x files, R^2 = {r2:.3f}; "
        f"CPU = {c0:.1f} s + {1000 * c1:.2f} ms x files, R^2 = {c_r2:.3f}",
        f"- serial part = {s0:.1f} s + {1000 * s1:.3f} ms x files (R^2 {s_r2:.3f}{serial_note}); "
        f"parallel work = {p0:.1f} + {1000 * p1:.2f} ms x files worker-seconds (R^2 {p_r2:.3f})",
        f"- files x{runs[-1].files / base.files:.1f} -> wall x{runs[-1].wall_s / base.wall_s:.2f}, "
        f"CPU x{runs[-1].cpu_s / base.cpu_s:.2f} (vs the {base.patients}-patient baseline of this run)",
        f"- peak RSS per Dask worker: {', '.join(f'{w / MIB:.0f}' for w in wk)} MiB "
        f"(x{wk[-1] / max(wk[0], 1):.2f} from the smallest to the largest scale"
        f"{': flat' if wk[-1] <= 1.25 * wk[0] else ': NOT flat'})",
        f"- driver peak RSS = {d0 / MIB:.0f} MiB + {d1 / 1024:.2f} KiB x files (R^2 {d_r2:.3f}): "
        "the flow holds the index and image tables in memory",
        "",
        f"Extrapolation to the paper's {PAPER_IMAGES:,} images (as demo DICOM files; linear fits above, "
        "parallel work / K workers + serial part):",
        "",
        "| where | workers | wall | driver RSS | disk (export + out) |",
        "|---|---:|---:|---:|---:|",
    ]
    n = float(PAPER_IMAGES)
    disk = f"{disk_per_file * n / 1024**4:.1f} TiB ({out_per_file * n / 1024**4:.2f} TiB out)"
    driver_rss = f"{(d0 + d1 * n) / GIB:.0f} GiB"
    lines.append(f"| this machine (fit of wall) | {workers} | {_hms(a + b * n)} | {driver_rss} | {disk} |")
    lines.append(f"| this machine (serial + parallel / {workers}) | {workers} | {_hms(s0 + s1 * n + (p0 + p1 * n) / workers)} "
                 f"| {driver_rss} | {disk} |")  # fmt: skip
    for k in cluster_sizes:
        lines.append(f"| cluster | {k} | {_hms(s0 + s1 * n + (p0 + p1 * n) / k)} | {driver_rss} | {disk} |")
    lines.append(f"| serial part alone (K -> inf) | - | {_hms(s0 + s1 * n)} | {driver_rss} | {disk} |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 4, 16], help="multiples of --base-patients")
    ap.add_argument("--base-patients", type=int, default=250, help="1x size (the default demo size)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local Dask workers (default: all cores)")
    ap.add_argument("--chunk-size", type=int, default=256, help="files per chunk task (the CLI default)")
    ap.add_argument("--cluster-sizes", type=int, nargs="+", default=[16, 64, 256], help="K of the extrapolation")
    ap.add_argument("--workdir", type=Path, default=Path("var/growth"))
    ap.add_argument("--keep", action="store_true", help="keep exports and outputs (else each is removed once measured)")
    ap.add_argument("--json", type=Path, default=None, help="also write the measurements here")
    ap.add_argument("--from-json", type=Path, default=None, help="only print the report of a --json file")
    args = ap.parse_args()
    if args.from_json:
        rows = json.loads(args.from_json.read_text())
        fields = set(BuildRun.__dataclass_fields__)
        print(report([BuildRun(**{k: v for k, v in r.items() if k in fields}) for r in rows], args.workers, args.cluster_sizes))
        return
    if sorted(set(args.scales)) != args.scales or args.scales[0] < 1 or args.base_patients < 1:
        ap.error("--scales must be increasing positive integers and --base-patients positive")
    os.environ.setdefault("SONOLABEL_PSEUDONYM_KEY", "bench-growth-key")

    t0 = time.perf_counter()
    runs = measure(args)
    print(f"\nmeasured in {(time.perf_counter() - t0) / 60:.1f} min\n")
    print(report(runs, args.workers, args.cluster_sizes))
    if args.json:
        rows = [{**r.__dict__, "serial_s": r.serial_s} for r in runs]
        args.json.write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
