"""End to end in a real headless Chromium: open the queue, open a case, decide by keyboard,
rebuild, and find the decisions applied in ``test_eligibility``, ``breast_labels`` and the card
(with a hand-edited bad row and a decision for a breast that does not exist: both reported, the
rest applied).

Runs on a copy of the session's demo build (``built``); the rebuild reuses its caches. Skipped
when Playwright or a Chromium binary is missing (``SONOLABEL_CHROMIUM`` names another binary).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from core.layout import CATALOG_NAME, OutputLayout
from curation.publish import build_catalog
from curation.review_decisions import read_decisions

pytestmark = [pytest.mark.flow, pytest.mark.xdist_group("prefect"), pytest.mark.slow]

CHROMIUM = os.environ.get("SONOLABEL_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def _copy_build(src: Path, dst: Path) -> Path:
    """A private copy of a build output whose catalogs point at the copy's own Parquet files."""
    shutil.copytree(src, dst, symlinks=True)
    for version_dir in (dst / "versions").iterdir():
        if version_dir.is_dir() and not version_dir.name.startswith("."):
            build_catalog(version_dir / CATALOG_NAME, version_dir, [p.stem for p in version_dir.glob("*.parquet")])
    return dst


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Server:
    """The workbench on a free loopback port, in a thread (stopped on exit)."""

    def __init__(self, out: Path) -> None:
        import uvicorn

        from review.app import create_app

        self.port = _free_port()
        config = uvicorn.Config(create_app(out), host="127.0.0.1", port=self.port, log_level="warning",
                                access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the workbench did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def _table(out: Path, name: str):
    return pq.read_table(out / "tables" / f"{name}.parquet").to_pandas()


def test_decide_by_keyboard_then_rebuild_applies_it(built, demo_export, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM or not Path(CHROMIUM).exists():
        pytest.skip("no Chromium binary (set SONOLABEL_CHROMIUM)")
    out = _copy_build(built["out"], tmp_path / "dataset")
    manual = _table(out, "manual_review")
    assert len(manual) >= 1, "the 30-patient demo queues a test breast for manual review"
    audit_target = None

    with _Server(out) as base, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(base + "/")
            page.fill("#reviewer", "Dr Test")
            # the Fig. A.3 queue: open it, open its first case, exclude it with the keyboard
            page.click('table.queues a[href="/queue/manual_review"]')
            page.wait_for_url("**/queue/manual_review")
            page.click("table.queue a >> nth=0")
            page.wait_for_url("**/case/manual_review/**")
            case_url = page.url
            assert page.locator(".tile img.plain").count() >= 1
            assert page.locator("#status").inner_text().strip() == "pending"
            page.keyboard.press("e")
            page.wait_for_url("**/queue/manual_review")
            assert "exclude" in page.locator("table.queue").inner_text()
            page.goto(case_url)
            assert "decided: exclude by Dr Test" in page.locator("#status").inner_text()
            # the label audit: another breast the NLP labelled malignant, corrected to benign with "b"
            page.goto(base + "/queue/label_audit")
            rows = page.locator("table.queue tr", has=page.locator("td", has_text="malignant")).locator("a")
            hrefs = rows.evaluate_all("links => links.map(a => a.getAttribute('href'))")
            href = next(h for h in hrefs if h.split("/")[-2:] != case_url.split("/")[-2:])
            page.click(f'a[href="{href}"]')
            page.wait_for_url("**" + href)
            audit_target = tuple(href.split("/")[-2:])
            page.keyboard.press("b")
            page.wait_for_function(f"() => location.pathname !== {json.dumps(href)}")
            page.goto(base + "/audit")
            cells = page.locator('tr[data-label="malignant"] td').all_inner_texts()
            assert cells[2:5] == ["1", "0", "0.0%"], cells
        finally:
            browser.close()

    decisions = read_decisions(OutputLayout(out).review_decisions)
    assert decisions.problems == []
    assert decisions.rows[["queue", "decision", "reviewer"]].values.tolist() == [
        ["manual_review", "exclude", "Dr Test"], ["label_audit", "correct_benign", "Dr Test"]]
    excluded = tuple(decisions.rows.loc[0, ["exam_uid", "laterality"]])
    # a hand edit: a decision for a breast no build has, and a row that does not parse
    with open(OutputLayout(out).review_decisions, "a") as fh:
        fh.write(f"2025-01-02T10:00:00Z,Dr Hand,manual_review,{'0' * 24},L,include,,\n")
        fh.write("2025-01-02T10:01:00Z,Dr Hand,manual_review,not-an-id,L,maybe,,\n")

    from flows.build_dataset import build_dataset

    state = build_dataset(str(demo_export), str(out), workers=2, chunk_size=64, return_state=True)
    assert state.is_completed(), state.message

    eligibility = _table(out, "test_eligibility").set_index(["exam_uid", "laterality"])
    assert eligibility.loc[excluded, "status"] == "review_excluded"
    assert _table(out, "manual_review").set_index(["exam_uid", "laterality"]).loc[excluded, "status"] == "review_excluded"
    labels = _table(out, "breast_labels").set_index(["exam_uid", "laterality"])
    assert labels.loc[audit_target, ["benign", "malignant", "label_source"]].tolist() == [True, False, "review"]
    assert (labels.drop(index=[audit_target])["label_source"] == "nlp").all()
    outcomes = _table(out, "review_decisions")
    assert outcomes["outcome"].tolist() == ["applied", "applied", "unknown_breast", "bad_row"]
    assert outcomes["line"].tolist() == [2, 3, 4, 5] and outcomes["exam_uid"].isna().tolist()[-1]
    info = json.loads((out / "current_version").read_text())
    sha = hashlib.sha256(OutputLayout(out).review_decisions.read_bytes()).hexdigest()
    assert info["review_decisions"]["sha256"] == sha
    assert (info["review_decisions"]["rows"], info["review_decisions"]["bad_rows"]) == (4, 1)
    card = (out / "tables" / "dataset_card.md").read_text()
    assert "| manual_review | exclude | applied | 1 |" in card
    assert "| label_audit | correct_benign | applied | 1 |" in card
    assert "| review_excluded |" in card and "(`label_source = review`): 1." in card
    assert "1 decision(s) name a breast that is not in this build (outcome `unknown_breast`), line(s) 4." in card
    assert "- line 5: exam_uid is not a 24-character pseudonymous id; decision is not one of include, exclude " \
           "for queue manual_review; row skipped" in card
