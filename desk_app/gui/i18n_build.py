"""Build the interface translations: extract, merge the French, compile.

``python -m desk_app.gui.i18n_build`` (the install step, ``make translations``):

1. ``pyside6-lupdate`` collects every ``tr()`` / ``translate()`` string of
   ``desk_app/gui`` into ``resources/translations/desk_app_{en,fr}.ts`` (existing
   translations are kept);
2. the French of each GUI engineer, kept as plain ``context<TAB>source<TAB>french``
   lines in ``resources/translations/fr_*.tsv`` (so two people can add strings without
   editing the same XML), is merged into ``desk_app_fr.ts``;
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads.

``--no-extract`` skips step 1 (when the lupdate tool is not installed, e.g. a wheel
install where the .ts files are already up to date).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Sequence
from pathlib import Path

from desk_app.gui.i18n import TRANSLATIONS_DIR

GUI_DIR = Path(__file__).resolve().parent
LANGUAGE_TAGS = {"en": "en_GB", "fr": "fr_FR"}


def _tool(name: str) -> str:
    """The PySide6 tool next to this interpreter (the venv), else on PATH."""
    beside = Path(sys.executable).with_name(f"pyside6-{name}")
    if beside.exists():
        return str(beside)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise FileNotFoundError(f"pyside6-{name} is not installed")
    return found


def gui_sources() -> list[Path]:
    return sorted(p for p in GUI_DIR.rglob("*.py") if "__pycache__" not in p.parts)


def extract(ts_files: Sequence[Path], sources: Iterable[Path] | None = None) -> None:
    files = [str(p) for p in (sources if sources is not None else gui_sources())]
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", *files, "-ts",
                    *map(str, ts_files)], check=True)


def read_tsv(paths: Iterable[Path]) -> dict[tuple[str, str], str]:
    r"""(context, source) -> French from ``context<TAB>source<TAB>french`` lines.

    Blank lines and lines starting with ``#`` are ignored; ``\n`` and ``\t`` in a
    field stand for a newline and a tab.
    """
    table: dict[tuple[str, str], str] = {}
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            if len(fields) != 3:
                raise ValueError(f"{path.name}:{number}: expected 3 tab-separated fields")
            context, source, french = (_unescape(f) for f in fields)
            table[(context, source)] = french
    return table


def _unescape(field: str) -> str:
    return field.replace("\\n", "\n").replace("\\t", "\t")


def merge_translations(ts_path: Path, translations: dict[tuple[str, str], str]) -> int:
    """Write the given translations into a .ts file; returns how many messages are
    still untranslated afterwards.

    Pairs lupdate did not extract (strings passed through a helper such as
    ``_tr(text)``, or the core's English error sentences shown by the GUI) are added,
    so every string someone translated reaches the catalogue.
    """
    tree = ET.parse(ts_path)
    root = tree.getroot()
    contexts = {c.findtext("name", default=""): c for c in root.iter("context")}
    present: set[tuple[str, str]] = set()
    untranslated = 0
    for name, context in contexts.items():
        for message in context.iter("message"):
            source = message.findtext("source", default="")
            present.add((name, source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            french = translations.get((name, source))
            if french is not None:
                translation.text = french
                translation.attrib.pop("type", None)
            elif translation.get("type") == "unfinished" or not translation.text:
                untranslated += 1
    for (name, source), french in sorted(translations.items()):
        if (name, source) in present:
            continue
        if name not in contexts:
            contexts[name] = ET.SubElement(root, "context")
            ET.SubElement(contexts[name], "name").text = name
        message = ET.SubElement(contexts[name], "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = french
    write_ts(root, ts_path)
    return untranslated


def write_ts(root: ET.Element, path: Path) -> None:
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def ensure_ts(language: str) -> Path:
    path = TRANSLATIONS_DIR / f"desk_app_{language}.ts"
    if not path.exists():
        TRANSLATIONS_DIR.mkdir(parents=True, exist_ok=True)
        root = ET.Element("TS", version="2.1", language=LANGUAGE_TAGS[language])
        write_ts(root, path)
    return path


def compile_ts(ts_path: Path, qm_path: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", str(ts_path), "-qm", str(qm_path)],
                   check=True)


def build(*, do_extract: bool = True) -> int:
    """Extract, merge, compile; returns the number of untranslated French strings."""
    ts_files = {language: ensure_ts(language) for language in LANGUAGE_TAGS}
    if do_extract:
        extract(list(ts_files.values()))
    french = read_tsv(sorted(TRANSLATIONS_DIR.glob("fr_*.tsv")))
    missing = merge_translations(ts_files["fr"], french)
    for ts in ts_files.values():
        compile_ts(ts, ts.with_suffix(".qm"))
    return missing


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--no-extract", action="store_true",
                        help="do not run pyside6-lupdate (use the .ts files as they are)")
    args = parser.parse_args(argv)
    missing = build(do_extract=not args.no_extract)
    print(f"translations built in {TRANSLATIONS_DIR}"
          + (f" ({missing} French strings still untranslated)" if missing else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
