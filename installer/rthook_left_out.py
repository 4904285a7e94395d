"""PyInstaller runtime hook of the frozen app: placeholders for ``trim.LEFT_OUT_WITH_PLACEHOLDER``.

A dependency imports these modules at import time but uses them only on a path the app never
takes (pyqtgraph binds PySide6.QtOpenGL when PlotCurveItem loads and calls it only when drawing
with OpenGL). The build leaves them out; this placeholder lets the import succeed, and anything
that really reaches into it fails at once with an error that names the module, not with a crash.
"""
import sys
import types

LEFT_OUT = ("PySide6.QtOpenGL",)  # keep in step with installer/trim.py


class LeftOutModule(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise ImportError(f"{self.__name__}.{name} is not part of the installed Loyalty Desktop "
                          "(left out of the build: installer/trim.py)", name=self.__name__)


for _name in LEFT_OUT:
    sys.modules.setdefault(_name, LeftOutModule(_name))
