#!/usr/bin/env bash
# Create .venv and install whosaid with its test extras, CPU-only.
# torch==2.13.0 goes in first: on this platform it is a local CPU build, and installing it
# before sentence-transformers keeps pip from pulling gigabytes of CUDA packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[test]"
echo "whosaid installed in .venv ($(.venv/bin/whosaid --version))"
