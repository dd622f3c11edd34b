# SonoLabel: the two commands of the README are `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
EXPORT ?= var/demo-export
OUT    ?= var/dataset
PATIENTS ?= 250
SEED   ?= 0
PROFILE ?= realistic

export PREFECT_SERVER_ANALYTICS_ENABLED = false
export GX_ANALYTICS_ENABLED = false
export DO_NOT_TRACK = 1
export PREFECT_HOME ?= $(CURDIR)/.prefect

.PHONY: install demo model-demo test test-extended test-all clean

# Create the virtual environment and install the project with its dev extra (pinned torch from disk).
$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

install: $(BIN)/.installed

# Set up a fresh machine and run the main job (build-dataset) on the built-in demo hospital export
# (the realistic profile: overlapping lesion looks, occult cancers, report grammar; PROFILE=easy for the cartoons).
demo: install
	$(BIN)/sonolabel demo-data $(EXPORT) --patients $(PATIENTS) --seed $(SEED) --profile $(PROFILE)
	$(BIN)/sonolabel build-dataset $(EXPORT) $(OUT)
	$(BIN)/sonolabel query "SELECT split, count(*) AS breasts, count(*) FILTER (WHERE malignant) AS malignant FROM breast_labels JOIN splits USING (patient_uid) GROUP BY split ORDER BY split" --dataset $(OUT)

# The default test run (fast tests; `-m slow` ones run with `make test-all`).
test: install
	$(BIN)/python -m pytest -q -n 2 --dist loadfile

# The checks CI runs after `make test`: the pattern-equivalence checks over every evaluation report (the default run
# scans a sample of them) and the long multi-build scenarios (crash safety, queries under concurrent builds).
test-extended: install
	$(BIN)/python -m pytest -q -n 2 --dist loadfile -m "(corpus or scenario) and not slow"

test-all: install
	$(BIN)/python -m pytest -q -n 2 --dist loadfile -m "slow or not slow"

clean:
	rm -rf var .prefect .pytest_cache

# After `make demo`: train the MIL model on the demo build (CPU config, minutes) and write the
# evaluation report (ROC/PR, CIs, subgroups, triage) to var/evaluation_report.html.
model-demo: install
	$(BIN)/sonolabel train -c configs/demo_cpu.yaml --dataset $(OUT) -o var/runs/demo_cpu
	$(BIN)/sonolabel evaluate var/runs/demo_cpu/test_predictions.parquet --dataset $(OUT) --out var/evaluation_report.html --n-perm 2000
