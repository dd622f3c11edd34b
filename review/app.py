"""The review workbench: a local web app over one build output (``sonolabel review OUT``).

Pages are rendered on the server (Jinja2); a little vanilla JavaScript adds the keyboard
shortcuts and posts decisions. Safety:

* it binds ``127.0.0.1`` by default and then only answers requests whose ``Host`` is the loopback
  (a web page elsewhere cannot reach it through DNS rebinding); on any other host it requires a
  token, printed at start like Jupyter's, that the first visit turns into an HTTP-only cookie;
* decisions are accepted as JSON only, and a request from another origin is refused: a form
  on another site cannot post one;
* it reads the dataset only through the read-only query path (:mod:`review.data`) and shows
  pseudonymous ids only; dates are relative to the exam.
"""

from __future__ import annotations

import io
import secrets
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import numpy as np
import pandas as pd
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse, Response
from PIL import Image
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.staticfiles import StaticFiles

from core.errors import UserError
from curation.review_decisions import (
    ELIGIBILITY_QUEUE,
    LABEL_QUEUES,
    DecisionError,
    append_decision,
    label_class,
)
from review.audit import audit_agreement, disagreements
from review.case import findings_view, procedures_view, radiology_view, rule_view
from review.data import NotFound, ReviewData, check_breast
from review.queues import QUEUES, audit_sample, label_review_queue, manual_review_queue, with_decisions

HERE = Path(__file__).resolve().parent
LOOPBACK_HOSTS = ("127.0.0.1", "localhost")
TOKEN_COOKIE = "sonolabel_review_token"
# keyboard shortcut -> decision, per kind of queue (the case page shows them)
KEYS = {
    ELIGIBILITY_QUEUE: {"i": "include", "e": "exclude"},
    "label": {"c": "confirm", "b": "correct_benign", "m": "correct_malignant", "n": "correct_negative"},
}
DECISION_TITLES = {
    "include": "Include (cancer visible)", "exclude": "Exclude (not visible)", "confirm": "Confirm the label",
    "correct_benign": "Benign", "correct_malignant": "Malignant", "correct_negative": "No finding",
}


def new_token() -> str:
    return secrets.token_urlsafe(24)


class Workbench:
    """The app's state: the data reader, the queue cache and the optional saliency model."""

    def __init__(self, out_dir: str | Path, saliency: Any = None, audit_per_class: int = 20, audit_seed: int = 0):
        self.data = ReviewData(out_dir)
        self.saliency = saliency
        self.audit_per_class = audit_per_class
        self.audit_seed = audit_seed
        self._cache: dict[tuple, pd.DataFrame] = {}

    def queue(self, name: str) -> pd.DataFrame:
        """The queue with each breast's current decision; recomputed when a build publishes or a
        decision is recorded (cached on the version id and the decisions file's hash)."""
        if name not in QUEUES:
            raise NotFound(f"no queue {name!r}")
        decisions = self.data.decisions()
        key = (name, self.data.version(), decisions.sha256)
        if key not in self._cache:
            if name == ELIGIBILITY_QUEUE:
                base = manual_review_queue(self.data.table("manual_review"))
            elif name == "label_review":
                base = label_review_queue(self.data.table("label_review"))
            else:
                base = audit_sample(self.data.table("breast_labels"), decisions, self.audit_per_class, self.audit_seed)
            if len(self._cache) > 16:
                self._cache.clear()
            self._cache[key] = with_decisions(base, decisions, name)
        return self._cache[key]

    def images(self, exam_uid: str, laterality: str) -> pd.DataFrame:
        exam_uid, laterality = check_breast(exam_uid, laterality)
        key = ("images", self.data.version(), exam_uid, laterality)
        if key not in self._cache:
            self._cache[key] = self.data.query(
                "SELECT image_uid, store_shard, store_index FROM images "
                f"WHERE exam_uid = '{exam_uid}' AND laterality = '{laterality}' ORDER BY image_uid")
        return self._cache[key]


def _position(queue: pd.DataFrame, exam_uid: str, laterality: str) -> int | None:
    hit = np.flatnonzero((queue["exam_uid"] == exam_uid).to_numpy() & (queue["laterality"] == laterality).to_numpy())
    return int(hit[0]) if len(hit) else None


def _case_url(queue: str, row: Any) -> str:
    return f"/case/{queue}/{row['exam_uid']}/{row['laterality']}"


def _next_pending(queue: pd.DataFrame, after: int | None) -> int | None:
    start = -1 if after is None else after
    pending = [i for i in range(start + 1, len(queue)) if pd.isna(queue["decision"].iloc[i])]
    return pending[0] if pending else None


def _png(array: np.ndarray) -> Response:
    buf = io.BytesIO()
    Image.fromarray(np.asarray(array, dtype=np.uint8)).save(buf, format="PNG")
    return Response(buf.getvalue(), media_type="image/png", headers={"Cache-Control": "private, max-age=300"})


def _same_origin(request: Request) -> bool:
    """No ``Origin`` (a same-origin GET, curl) or one whose host:port is the request's ``Host``."""
    origin = request.headers.get("origin")
    if not origin:
        return True
    return urlsplit(origin).netloc == request.headers.get("host", "")


def create_app(out_dir: str | Path, *, token: str | None = None, allowed_hosts: list[str] | None = None,
               saliency: Any = None, audit_per_class: int = 20, audit_seed: int = 0) -> FastAPI:
    """The workbench app over ``out_dir`` (a build output with ``curated.duckdb``).

    Args:
        token: when set, every request needs it (``?token=`` once, then a cookie).
        allowed_hosts: accepted ``Host`` names (default: the loopback names only).
        saliency: a :class:`review.saliency.SaliencyMaps` for overlays, or ``None``.
        audit_per_class, audit_seed: size per label class and seed of the label audit sample.
    """
    if not ReviewData(out_dir).layout.catalog.exists():
        raise UserError(f"no curated.duckdb in {out_dir}: run `sonolabel build-dataset EXPORT {out_dir}` first")
    bench = Workbench(out_dir, saliency, audit_per_class, audit_seed)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    app = FastAPI(title="SonoLabel review", docs_url=None, redoc_url=None, openapi_url=None)
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts or list(LOOPBACK_HOSTS))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    @app.middleware("http")
    async def require_token(request: Request, call_next):
        if token is None:
            return await call_next(request)
        given = request.query_params.get("token")
        if given is not None and secrets.compare_digest(given.encode(), token.encode()):
            rest = "&".join(f"{k}={v}" for k, v in request.query_params.multi_items() if k != "token")
            response = RedirectResponse(request.url.path + (f"?{rest}" if rest else ""), status_code=303)
            response.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
            return response
        held = request.cookies.get(TOKEN_COOKIE) or request.headers.get("x-review-token") or ""
        if held and secrets.compare_digest(held.encode(), token.encode()):
            return await call_next(request)
        return PlainTextResponse("403: this workbench needs its token: open the URL `sonolabel review` printed",
                                 status_code=403)

    def page(name: str, **context: Any) -> HTMLResponse:
        decisions = bench.data.decisions()
        html = env.get_template(name).render(version=bench.data.version(), problems=decisions.problems,
                                             n_decisions=len(decisions.rows), queues=QUEUES, **context)
        return HTMLResponse(html, headers={"Cache-Control": "no-store"})

    @app.exception_handler(NotFound)
    async def not_found(request: Request, exc: NotFound):
        return PlainTextResponse(f"404: {exc}", status_code=404)

    @app.exception_handler(UserError)
    async def user_error(request: Request, exc: UserError):
        return PlainTextResponse(f"error: {exc}", status_code=503)

    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        summary = []
        for name, info in QUEUES.items():
            q = bench.queue(name)
            decided = int(q["decision"].notna().sum())
            first = _next_pending(q, None)
            summary.append({"info": info, "total": len(q), "decided": decided,
                            "start": _case_url(name, q.iloc[first]) if first is not None else None})
        return page("index.html.j2", summary=summary)

    @app.get("/queue/{name}", response_class=HTMLResponse)
    def queue_page(name: str) -> HTMLResponse:
        q = bench.queue(name)
        rows = [{**{k: (None if pd.isna(v) else v) for k, v in r.items()}, "url": _case_url(name, r)}
                for r in q.to_dict("records")]
        return page("queue.html.j2", queue=QUEUES[name], rows=rows)

    @app.get("/case/{name}/{exam_uid}/{laterality}", response_class=HTMLResponse)
    def case_page(name: str, exam_uid: str, laterality: str) -> HTMLResponse:
        q = bench.queue(name)
        breast = bench.data.breast(exam_uid, laterality)
        pos = _position(q, exam_uid, laterality)
        row = q.iloc[pos].to_dict() if pos is not None else {}
        exam_date = breast.labels.get("exam_date")
        labels = breast.labels
        kind = ELIGIBILITY_QUEUE if name == ELIGIBILITY_QUEUE else "label"
        nlp_label = row.get("nlp_label") if isinstance(row.get("nlp_label"), str) else label_class(
            bool(labels["benign"]), bool(labels["malignant"]))
        decision = row.get("decision") if isinstance(row.get("decision"), str) else None
        n_images = len(breast.images)
        context = {
            "queue": QUEUES[name], "exam_uid": exam_uid, "laterality": laterality,
            "side": {"L": "left", "R": "right"}[laterality],
            "position": None if pos is None else pos + 1, "total": len(q),
            "prev_url": _case_url(name, q.iloc[pos - 1]) if pos else None,
            "next_url": _case_url(name, q.iloc[pos + 1]) if pos is not None and pos + 1 < len(q) else None,
            "queue_url": f"/queue/{name}",
            "n_images": n_images,
            "image_urls": [f"/image/{exam_uid}/{laterality}/{k}.png" for k in range(n_images)],
            "saliency_urls": ([f"/saliency/{exam_uid}/{laterality}/{k}.png" for k in range(n_images)]
                              if bench.saliency is not None else []),
            "saliency_run": bench.saliency.name if bench.saliency is not None else None,
            "nlp_label": nlp_label,
            "label": {"benign": bool(labels["benign"]), "malignant": bool(labels["malignant"]),
                      "source": labels.get("label_source", "nlp"), "state": labels.get("label_state"),
                      "n_reports": int(labels.get("n_reports") or 0)},
            "rule": rule_view(breast.eligibility),
            "queued_reason": row.get("reason") if isinstance(row.get("reason"), str) else None,
            "review_context": {k: v for k, v in (breast.label_review or {}).items()
                               if k not in ("exam_uid", "patient_uid", "laterality", "exam_date", "report_uids")},
            "guidance": (breast.manual_review or {}).get("guidance"),
            "birads": (breast.manual_review or {}).get("birads"),
            "findings": findings_view(breast.findings, laterality, exam_date),
            "procedures": procedures_view(breast.findings, laterality, exam_date),
            "radiology": radiology_view(breast.radiology, exam_uid, exam_date),
            "keys": KEYS[kind], "titles": DECISION_TITLES, "decision": decision,
            "decided_by": row.get("reviewer") if decision else None,
            "decided_when": row.get("decided_at") if decision else None,
        }
        return page("case.html.j2", **context)

    @app.get("/image/{exam_uid}/{laterality}/{k}.png")
    def image(exam_uid: str, laterality: str, k: int) -> Response:
        rows = bench.images(exam_uid, laterality)
        if not 0 <= k < len(rows):
            raise NotFound(f"no image {k} for this breast")
        r = rows.iloc[k]
        return _png(bench.data.image(str(r["store_shard"]), int(r["store_index"])))

    @app.get("/saliency/{exam_uid}/{laterality}/{k}.png")
    def saliency_image(exam_uid: str, laterality: str, k: int) -> Response:
        if bench.saliency is None:
            raise NotFound("no saliency: start the workbench with --run RUN")
        rows = bench.images(exam_uid, laterality)
        if not 0 <= k < len(rows):
            raise NotFound(f"no image {k} for this breast")
        sal = bench.saliency.breast(exam_uid, laterality, rows)
        return Response(bench.saliency.overlay_png(sal, k), media_type="image/png",
                        headers={"Cache-Control": "private, max-age=300"})

    @app.post("/api/decisions")
    async def decide(request: Request) -> JSONResponse:
        if not request.headers.get("content-type", "").startswith("application/json"):
            return JSONResponse({"error": "send JSON"}, status_code=415)
        if not _same_origin(request):
            return JSONResponse({"error": "cross-origin request refused"}, status_code=403)
        try:
            body = await request.json()
        except ValueError:
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": "send a JSON object"}, status_code=400)
        name = str(body.get("queue", ""))
        exam_uid, laterality = str(body.get("exam_uid", "")), str(body.get("laterality", ""))
        q = bench.queue(name)
        bench.data.breast(exam_uid, laterality)  # NotFound (404) for a breast the version lacks
        pos = _position(q, exam_uid, laterality)
        nlp_label = ""
        if name in LABEL_QUEUES:
            nlp_label = str(q.iloc[pos]["nlp_label"]) if pos is not None and isinstance(q.iloc[pos]["nlp_label"], str) else ""
        try:
            written = append_decision(bench.data.decisions_path, reviewer=str(body.get("reviewer", "")), queue=name,
                                      exam_uid=exam_uid, laterality=laterality, decision=str(body.get("decision", "")),
                                      nlp_label=nlp_label, note=str(body.get("note", "")))
        except DecisionError as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        q = bench.queue(name)
        nxt = _next_pending(q, pos)
        return JSONResponse({"ok": True, "decision": written["decision"], "decided_at": written["decided_at"],
                             "next": _case_url(name, q.iloc[nxt]) if nxt is not None else f"/queue/{name}"})

    @app.get("/audit", response_class=HTMLResponse)
    def audit() -> HTMLResponse:
        decisions = bench.data.decisions()
        sample = bench.queue("label_audit")
        agreement = audit_agreement(decisions).to_dict("records")
        per_class = sample.groupby("nlp_label").agg(n=("exam_uid", "size"), decided=("decision", "count"))
        for row in agreement:
            row["n_sample"] = int(per_class["n"].get(row["nlp_label"], 0)) if len(per_class) else 0
        return page("audit.html.j2", agreement=agreement, disagreements=disagreements(decisions).to_dict("records"),
                    per_class=audit_per_class, seed=audit_seed)

    return app
