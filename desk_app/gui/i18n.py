"""Interface language: French or English, switchable while the window is open.

Source strings are English (``self.tr("...")``); French comes from
``resources/translations/desk_app_fr.qm``, built from the ``.ts`` by
``python -m desk_app.gui.i18n_build`` (the install step). Installing a translator makes
Qt send every widget a ``LanguageChange`` event; our widgets answer it by re-setting
their texts (``retranslate()``), so switching needs no restart.
"""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from desk_app.i18n import set_language as set_core_language
from desk_app.resources import resource_path

TRANSLATIONS_DIR = resource_path("translations")
LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français"}
SETTINGS_KEY = "interface/language"

# Kept alive here: Qt does not own translators, and a collected one stops translating.
_installed: list[QTranslator] = []
_current = "en"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"desk_app_{language}.qm"


def system_language() -> str:
    """French when the system locale is French, English otherwise."""
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def preferred_language() -> str:
    """The language chosen in the settings, else the system's."""
    chosen = QSettings().value(SETTINGS_KEY, "")
    return str(chosen) if str(chosen) in LANGUAGES else system_language()


def save_language(language: str) -> None:
    QSettings().setValue(SETTINGS_KEY, language)


def current_language() -> str:
    return _current


def _ensure_compiled(language: str) -> None:
    """Build the .qm when the install step was skipped or the .ts is newer (a
    developer's checkout); a missing tool leaves the English interface, not a crash."""
    ts = TRANSLATIONS_DIR / f"desk_app_{language}.ts"
    qm = qm_path(language)
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        from desk_app.gui.i18n_build import compile_ts

        # Read-only installation or no lrelease: an existing (older) .qm still loads
        # below; without one the interface stays in English.
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            compile_ts(ts, qm)


def install_language(language: str) -> bool:
    """Switch the running application to ``language`` ("en" or "fr").

    Returns False when the French catalogue cannot be loaded (the interface then stays
    in English). Widgets receive ``QEvent.LanguageChange`` and retranslate themselves.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    set_core_language("en")  # the core's sentences follow the interface
    if language == "en":
        # English is the source text: removing the translators is enough.
        _deliver_language_change()
        return True
    _ensure_compiled(language)
    ours = QTranslator()
    if not ours.load(str(qm_path(language))):
        return False
    # Qt's own strings (standard dialog buttons: "Cancel", "Yes") in the same language.
    qt_base = QTranslator()
    if qt_base.load(f"qtbase_{language}",
                    QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt_base)
        _installed.append(qt_base)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    _current = language
    set_core_language(language)
    _deliver_language_change()
    return True


def _deliver_language_change() -> None:
    """Qt posts LanguageChange to every widget; deliver it now so the whole window
    shows the new language when the switch returns (no half-translated frame)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
