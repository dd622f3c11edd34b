"""The workbench app over a tiny published dataset: pages, decisions, safety."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from tiny_dataset import E1, E2, E3, P1, P2, RAW_DATE, make_tiny_out

from curation.review_decisions import read_decisions

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's notice about its httpx-based client
    from fastapi.testclient import TestClient

from review.app import TOKEN_COOKIE, create_app  # noqa: E402

BASE = "http://127.0.0.1:8765"


def _client(out: Path, **kwargs) -> TestClient:
    return TestClient(create_app(out, **kwargs), base_url=BASE)


def _post(client: TestClient, **body):
    payload = {"queue": "manual_review", "exam_uid": E1, "laterality": "R", "decision": "include",
               "reviewer": "Dr A", "note": "", **body}
    return client.post("/api/decisions", json=payload)


def test_index_lists_the_three_queues(tiny_out: Path) -> None:
    html = _client(tiny_out).get("/").text
    assert "Test-set manual review" in html and "Labels that need review" in html and "Label audit" in html
    assert f'href="/case/manual_review/{E1}/R"' in html


def test_case_page_shows_findings_dates_relative_and_no_raw_identifier(tiny_out: Path) -> None:
    client = _client(tiny_out)
    html = client.get(f"/case/manual_review/{E1}/R").text
    assert '<mark class="malignant">Invasive ductal carcinoma</mark>' in html
    assert '<mark class="malignant">PHYLLODES TUMOR</mark>' in html
    assert "+6 d" in html and "+38 d" in html and "exam day (this exam)" in html and "-214 d (-7.0 mo)" in html
    assert "malignant_review_multimodal_guidance" in html and "mri,us" in html
    assert "FIBROADENOMA" not in html, "the other breast's findings are not shown"
    assert html.count('src="/image/') == 2
    for page in ("/", "/queue/manual_review", "/queue/label_audit", f"/case/manual_review/{E1}/R",
                 f"/case/label_audit/{E1}/L", "/audit"):
        text = client.get(page).text
        assert RAW_DATE not in text and P1 not in text and P2 not in text, page


def test_images_are_served_as_png(tiny_out: Path) -> None:
    client = _client(tiny_out)
    r = client.get(f"/image/{E1}/R/1.png")
    assert r.status_code == 200 and r.headers["content-type"] == "image/png" and r.content[:4] == b"\x89PNG"
    assert client.get(f"/image/{E1}/R/2.png").status_code == 404
    assert client.get(f"/saliency/{E1}/R/0.png").status_code == 404  # no --run


def test_a_decision_is_appended_and_the_queue_moves_on(tiny_out: Path) -> None:
    client = _client(tiny_out)
    r = _post(client, decision="exclude", note="occult on\nUS")
    assert r.status_code == 200, r.text
    assert r.json()["next"] == "/queue/manual_review"  # the only case of the queue
    rows = read_decisions(tiny_out / "review" / "decisions.csv").rows
    assert rows[["queue", "exam_uid", "laterality", "decision", "reviewer", "note"]].values.tolist() == [
        ["manual_review", E1, "R", "exclude", "Dr A", "occult on US"]]
    assert "exclude" in client.get("/queue/manual_review").text
    assert "decided: <strong>exclude</strong> by Dr A" in client.get(f"/case/manual_review/{E1}/R").text


def test_label_decisions_record_the_label_shown(tiny_out: Path) -> None:
    client = _client(tiny_out)
    queue = client.get("/queue/label_audit").text
    assert f"/case/label_audit/{E1}/R" in queue and f"/case/label_audit/{E3}/R" not in queue  # E3 R has no report
    r = _post(client, queue="label_audit", exam_uid=E1, laterality="R", decision="correct_benign")
    assert r.status_code == 200, r.text
    rows = read_decisions(tiny_out / "review" / "decisions.csv").rows
    assert rows[["decision", "nlp_label"]].values.tolist() == [["correct_benign", "malignant"]]
    audit = client.get("/audit").text
    row = re.search(r'<tr data-label="malignant">(.*?)</tr>', audit, re.S).group(1)
    assert "0.0%" in row and "0.0% - 79.3%" in row  # 0 of 1 agree; Wilson 95% upper bound 0.793
    disagreement = re.search(r"<h2>Disagreements</h2>(.*)", audit, re.S).group(1)
    assert f"/case/label_audit/{E1}/R" in disagreement and "<td>malignant</td><td>benign</td>" in disagreement


@pytest.mark.parametrize(("change", "status"), [
    ({"decision": "maybe"}, 400),
    ({"reviewer": ""}, 400),
    ({"exam_uid": E2, "laterality": "R"}, 404),  # no such breast
    ({"exam_uid": "1' OR '1'='1"}, 404),
    ({"queue": "elsewhere"}, 404),
])
def test_bad_decisions_are_refused_and_nothing_is_written(tiny_out: Path, change: dict, status: int) -> None:
    r = _post(_client(tiny_out), **change)
    assert r.status_code == status, r.text
    assert not (tiny_out / "review" / "decisions.csv").exists()


def test_a_form_post_or_another_origin_cannot_record_a_decision(tiny_out: Path) -> None:
    client = _client(tiny_out)
    form = client.post("/api/decisions", data={"queue": "manual_review", "exam_uid": E1, "laterality": "R",
                                               "decision": "include", "reviewer": "x"})
    assert form.status_code == 415
    other = client.post("/api/decisions", json={"queue": "manual_review", "exam_uid": E1, "laterality": "R",
                                                "decision": "include", "reviewer": "x"},
                        headers={"Origin": "http://evil.example"})
    assert other.status_code == 403
    assert not (tiny_out / "review" / "decisions.csv").exists()


def test_only_loopback_host_names_are_answered_by_default(tiny_out: Path) -> None:
    client = _client(tiny_out)
    assert client.get("/", headers={"Host": "localhost:8765"}).status_code == 200
    assert client.get("/", headers={"Host": "rebound.example:8765"}).status_code == 400


def test_a_token_is_required_when_one_is_set(tiny_out: Path) -> None:
    client = TestClient(create_app(tiny_out, token="s3cret-token", allowed_hosts=["*"]), base_url="http://10.0.0.5:8765")
    assert client.get("/").status_code == 403
    assert client.get(f"/image/{E1}/R/0.png").status_code == 403
    assert client.get("/?token=wrong").status_code == 403
    r = client.get("/queue/manual_review?token=s3cret-token", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/queue/manual_review"
    assert TOKEN_COOKIE in r.headers["set-cookie"] and "HttpOnly" in r.headers["set-cookie"]
    assert client.get("/").status_code == 200  # the cookie now carries the token


def test_label_review_queue_follows_label_state(tmp_path: Path) -> None:
    without = _client(make_tiny_out(tmp_path / "a"))
    assert "This queue is empty" in without.get("/queue/label_review").text
    with_state = _client(make_tiny_out(tmp_path / "b", label_state=True))
    html = with_state.get("/queue/label_review").text
    assert f"/case/label_review/{E2}/L" in html and html.count("/case/label_review/") == 1
    case = with_state.get(f"/case/label_review/{E2}/L").text
    assert '<mark class="other">Fat necrosis</mark>' in case


def test_no_catalog_is_one_clear_error(tmp_path: Path) -> None:
    from core.errors import UserError

    with pytest.raises(UserError, match="run `sonolabel build-dataset"):
        create_app(tmp_path)
