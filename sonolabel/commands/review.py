"""``sonolabel review OUT``: the review workbench, a local web app over a build output."""

from __future__ import annotations

from pathlib import Path

import typer

from core.errors import UserError

EXAMPLES = """Examples:

  sonolabel review var/dataset

  sonolabel review var/dataset --run var/runs/demo_saliency --port 8800

  sonolabel review /data/dataset --host 0.0.0.0     # prints a token to open the app from another machine
"""


def register(app: typer.Typer) -> None:
    @app.command("review", epilog=EXAMPLES)
    def review(
        out: Path = typer.Argument(..., help="Build output folder (holds curated.duckdb, image_store/, review/)."),
        host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; any but the loopback needs the printed token."),
        port: int = typer.Option(8765, "--port", help="TCP port."),
        run: Path | None = typer.Option(None, "--run", help="A training run folder: show its saliency maps on the images."),
        audit_per_class: int = typer.Option(20, "--audit-per-class", help="Label audit sample size per label class."),
        audit_seed: int = typer.Option(0, "--audit-seed", help="Seed of the label audit sample."),
    ) -> None:
        """Serve the review workbench: settle the Fig. A.3 manual-review queue, set labels that need review,
        audit a sample of labels. Decisions go to OUT/review/decisions.csv; the next build applies them."""
        import socket

        import uvicorn

        from review.app import LOOPBACK_HOSTS, create_app, new_token

        if not 0 < port < 65536:
            raise UserError(f"--port must be 1-65535, not {port}")
        if audit_per_class < 0:
            raise UserError(f"--audit-per-class must be >= 0, not {audit_per_class}")
        saliency = None
        if run is not None:
            from review.saliency import SaliencyMaps

            try:
                saliency = SaliencyMaps(run, out / "image_store")
            except (FileNotFoundError, ValueError, RuntimeError) as exc:
                raise UserError(f"cannot load the model of {run}: {str(exc).splitlines()[0]}") from None
        local = host in LOOPBACK_HOSTS
        token = None if local else new_token()
        app = create_app(out, token=token, allowed_hosts=None if local else ["*"], saliency=saliency,
                         audit_per_class=audit_per_class, audit_seed=audit_seed)
        try:  # one clear line for a port in use, instead of uvicorn's log and exit
            with socket.create_server((host, port)):
                pass
        except OSError as exc:
            raise UserError(f"cannot listen on {host}:{port}: {exc.strerror}") from None
        shown = "127.0.0.1" if local else host
        url = f"http://{shown}:{port}/" + (f"?token={token}" if token else "")
        typer.echo(f"review workbench for {out} at {url}" + ("" if local else "  (the token is required: keep it private)"))
        typer.echo("decisions go to " + str(out / "review" / "decisions.csv") + "; Ctrl+C stops")
        # no access log: the token and case URLs stay out of the terminal history
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
