"""Entry script of the frozen app: the same ``main()`` as the ``loyalty-desktop`` console script.

PyInstaller needs a script, not an entry point. ``multiprocessing.freeze_support()`` keeps a
frozen Windows build from re-running the app in every worker process a library may start.

``loyalty-desktop --check-bundle`` (frozen build only, not part of the app's command line) runs
the native parts the trimmed bundle must still contain — OpenBLAS through numpy and scipy,
pyarrow's CSV/compute/Parquet, Excel I/O, Qt's SVG and image plugins, a pyqtgraph chart, and the data
files of the comment-theme libraries (language model, stop words) — and prints one line per
check. The installer tests run it so that an over-eager exclusion fails the build, not a user.
"""
import multiprocessing
import sys


def _checks():
    import io

    def blas():
        import numpy as np
        return float(np.linalg.solve(np.array([[2.0, 0.0], [0.0, 4.0]]), np.array([2.0, 8.0]))[1])  # 2.0

    def scipy_stats():
        from scipy.optimize import minimize
        from scipy.special import gammaln
        from scipy.stats import chi2_contingency, fisher_exact, norm
        fit = minimize(lambda x: (x[0] - 3.0) ** 2, [0.0], method="L-BFGS-B")
        return [round(float(norm.ppf(0.975)), 3), round(float(fit.x[0]), 3), float(gammaln(1.0)),
                round(float(chi2_contingency([[10, 20], [20, 10]])[1]), 4), fisher_exact([[1, 2], [3, 4]])[0]]

    def arrow():
        import pandas as pd
        import pyarrow.compute as pc
        import pyarrow.csv as pacsv
        import pyarrow.parquet as pq
        table = pacsv.read_csv(io.BytesIO("kund;belopp\nA;1\nÅ;2\n".encode()),
                               parse_options=pacsv.ParseOptions(delimiter=";"))
        buffer = io.BytesIO()
        pq.write_table(table, buffer)
        back = pq.read_table(io.BytesIO(buffer.getvalue())).to_pandas()
        return [int(pc.sum(table["belopp"]).as_py()), list(back["kund"]), str(pd.Series(["x"]).dtype)]

    def excel():
        import openpyxl
        import python_calamine  # noqa: F401 - the fast reader must load
        book = openpyxl.Workbook()
        book.active["A1"] = "Kundnummer"
        buffer = io.BytesIO()
        book.save(buffer)
        return openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active["A1"].value

    def qt():
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtGui import QImageReader
        from PySide6.QtSvg import QSvgRenderer  # noqa: F401
        from PySide6.QtWidgets import QApplication
        QApplication.instance() or QApplication([sys.argv[0]])
        from PySide6.QtCore import QCollator, QLocale, QTimeZone
        formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
        import pyqtgraph  # noqa: F401
        # QCollator is ICU: Swedish sorts Å and Ö after Z, Russian Ё with Е (trimmed ICU data)
        swedish = sorted(["Ö", "Zeta", "Åsa", "Anna"], key=QCollator(QLocale("sv_SE")).sortKey)
        russian = sorted(["Ёлка", "Жук", "Ель"], key=QCollator(QLocale("ru_RU")).sortKey)
        # time-zone names are ICU's too (zone/ of the trimmed data): "centraleuropeisk normaltid"
        zone = QTimeZone(b"Europe/Stockholm").displayName(
            QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("sv_SE"))
        return [sorted(formats & {"png", "svg", "ico", "jpg"}), swedish, russian, zone]

    def chart():
        # a pyqtgraph curve drawn without Qt's OpenGL bindings (left out: installer/trim.py)
        import pyqtgraph as pg
        from PySide6.QtGui import QColor, QImage, QPainter
        plot = pg.PlotWidget()
        plot.resize(240, 160)
        plot.plot([0, 1, 2, 3], [1, 3, 2, 4], pen=pg.mkPen("#0072B2", width=4))
        image = QImage(240, 160, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        plot.render(painter)
        painter.end()
        return sum(image.pixelColor(x, y).name() == "#0072b2" for x in range(0, 240, 2) for y in range(0, 160, 2))

    def text():
        import py3langid
        import snowballstemmer
        import stopwordsiso
        return [py3langid.classify("Kaffet var kallt och personalen otrevlig")[0],
                "och" in stopwordsiso.stopwords("sv"), snowballstemmer.stemmer("swedish").stemWord("kunderna")]

    def app():
        import loyalty_desktop.cli  # noqa: F401
        import loyalty_desktop.engine.definitions  # noqa: F401
        return "ok"

    return {"blas": blas, "scipy": scipy_stats, "arrow": arrow, "excel": excel, "qt": qt, "chart": chart,
            "text": text, "app": app}


def check_bundle() -> int:
    failed = 0
    for name, check in _checks().items():
        try:
            print(f"{name}: ok {check()}")
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then the exit code
            failed += 1
            print(f"{name}: FAILED {type(exc).__name__}: {exc}")
    return 1 if failed else 0


if __name__ == "__main__":
    multiprocessing.freeze_support()
    if sys.argv[1:] == ["--check-bundle"] and getattr(sys, "frozen", False):
        sys.exit(check_bundle())
    from loyalty_desktop.cli import main
    sys.exit(main())
