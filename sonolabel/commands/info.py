"""``sonolabel reason-codes``: print every exclusion and eligibility code with its meaning."""

from __future__ import annotations

import typer

from sonolabel.commands.options import console

EXAMPLES = """Examples:

  sonolabel reason-codes

  sonolabel reason-codes | grep eligib
"""


def register(app: typer.Typer) -> None:
    @app.command("reason-codes", epilog=EXAMPLES)
    def reason_codes() -> None:
        """List every exclusion reason code (in pipeline order), input issue code and test-set eligibility code."""
        from rich.table import Table

        from curation.reason_codes import ELIGIBILITY_CODES, INPUT_ISSUE_CODES, REASON_CODES

        out = console()
        t = Table(title="Exclusion reason codes (applied in this order)")
        for col in ("#", "code", "stage", "removes", "meaning"):
            t.add_column(col, overflow="fold")
        for i, r in enumerate(REASON_CODES, 1):
            t.add_row(str(i), r.code, str(r.stage), r.level, r.description)
        out.print(t)
        i = Table(title="Input issue codes (table input_issues: one row per problem in a CSV row)")
        for col in ("code", "actions", "meaning"):
            i.add_column(col, overflow="fold")
        for c in INPUT_ISSUE_CODES:
            i.add_row(c.code, ", ".join(c.actions), c.description)
        out.print(i)
        e = Table(title="Test-set eligibility codes (paper Fig. A.3)",
                  caption="A reviewer's decision (sonolabel review) turns status manual_review into "
                          "review_included or review_excluded; the code stays.")
        for col in ("code", "status", "branch", "meaning"):
            e.add_column(col, overflow="fold")
        for c in ELIGIBILITY_CODES:
            e.add_row(c.code, c.status, c.branch, c.description)
        out.print(e)
