"""unref stands alone: importing it, every submodule, and using it pulls in no Django."""
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROGRAM = """
import importlib, json, pkgutil, sys
sys.path.insert(0, {root!r})
import unref
for module in pkgutil.walk_packages(unref.__path__, "unref."):
    importlib.import_module(module.name)
unref.extract_document(["安理会第1373號決議和 resolution 1540 (2004)"], [["https://undocs.org/S/RES/1373(2001)"]])
unref.resolution_typed("1540"), unref.resolution_named("S/RES/1540(2004)")
unref.organ_for_symbol("S/2010/52"), unref.normalise_for_search("安全理事會")
unref.load_known_data().dictionary_words()
print(json.dumps(sorted(name for name in sys.modules if name.split(".")[0] in ("django", "archive", "search", "config"))))
"""


def test_unref_imports_no_django_nor_the_apps():
    result = subprocess.run([sys.executable, "-I", "-c", PROGRAM.format(root=str(ROOT))],
                            capture_output=True, text=True, check=True)
    assert json.loads(result.stdout) == []
