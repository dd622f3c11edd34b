// SonoLabel review workbench: the reviewer's name, keyboard shortcuts, posting decisions.
(function () {
  "use strict";
  const NAME_KEY = "sonolabel-reviewer";
  const reviewer = document.getElementById("reviewer");
  if (reviewer) {
    reviewer.value = localStorage.getItem(NAME_KEY) || "";
    reviewer.addEventListener("input", () => localStorage.setItem(NAME_KEY, reviewer.value.trim()));
  }
  const page = document.getElementById("case");
  if (!page) return;

  const note = document.getElementById("note");
  const message = document.getElementById("message");
  const status = document.getElementById("status");
  const buttons = Array.from(document.querySelectorAll("button.decision"));
  const keys = {};
  buttons.forEach((b) => { keys[b.querySelector("kbd").textContent] = b.dataset.decision; });
  let busy = false;

  function say(text, kind) {
    message.textContent = text;
    message.className = "message " + (kind || "");
  }

  async function decide(decision) {
    if (busy) return;
    const name = reviewer.value.trim();
    if (!name) {
      say("Type your name in the Reviewer field first (it is saved in this browser).", "error");
      reviewer.focus();
      return;
    }
    busy = true;
    say("saving " + decision + " ...");
    try {
      const response = await fetch("/api/decisions", {
        method: "POST",
        headers: {"Content-Type": "application/json"},
        body: JSON.stringify({queue: page.dataset.queue, exam_uid: page.dataset.exam, laterality: page.dataset.side,
                              decision: decision, reviewer: name, note: note.value}),
      });
      const body = await response.json().catch(() => ({error: response.statusText}));
      if (!response.ok) throw new Error(body.error || response.statusText);
      buttons.forEach((b) => b.classList.toggle("chosen", b.dataset.decision === decision));
      status.className = "status decided";
      status.textContent = "decided: " + decision + " by " + name + " (" + body.decided_at + " UTC)";
      say("saved; next case ...", "ok");
      window.location.assign(body.next);
    } catch (err) {
      say("not saved: " + err.message, "error");
      busy = false;
    }
  }

  buttons.forEach((b) => b.addEventListener("click", () => decide(b.dataset.decision)));

  let overlays = false;
  function toggleSaliency() {
    overlays = !overlays;
    document.querySelectorAll("img.overlay").forEach((img) => {
      if (overlays && !img.src) img.src = img.dataset.src;
      img.classList.toggle("shown", overlays);
    });
  }

  document.addEventListener("keydown", (event) => {
    const typing = ["INPUT", "TEXTAREA"].includes(document.activeElement.tagName);
    if (typing) {
      if (event.key === "Escape") document.activeElement.blur();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    if ((key === "j" || key === "ArrowRight") && page.dataset.next) window.location.assign(page.dataset.next);
    else if ((key === "k" || key === "ArrowLeft") && page.dataset.prev) window.location.assign(page.dataset.prev);
    else if (key === "u") window.location.assign(page.dataset.up);
    else if (key === "t") { event.preventDefault(); note.focus(); }
    else if (key === "s") toggleSaliency();
    else if (keys[key]) { event.preventDefault(); decide(keys[key]); }
  });
})();
