"""Nothing is uploaded anywhere (SPEC §1): a full run opens no network connection.

The whole pipeline (import of the demo exports, every metric, the PDF with its Qt charts)
runs in a child process with a Python audit hook installed before anything else is
imported. The hook sees every socket connect, DNS lookup and urllib request made from
Python — including ones hidden inside pandas, pyarrow or a future optional dependency —
writes it to a log and refuses it. The test fails if the log is not empty.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from resources.demo.generate import write_demo_files

NETWORK_EVENTS = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
                  "socket.gethostbyaddr", "socket.sendto", "urllib.Request", "http.client.connect",
                  "ftplib.connect", "smtplib.connect")

GUARD = textwrap.dedent("""
    import sys

    LOG = sys.argv.pop(1)
    EVENTS = {events!r}

    def _no_network(event, args):
        if event in EVENTS:
            with open(LOG, "a", encoding="utf-8") as log:
                log.write(f"{{event}} {{args!r}}\\n")
            raise OSError(f"network access attempted during an offline run: {{event}}")

    sys.addaudithook(_no_network)
    from loyalty_desktop.cli import main
    sys.exit(main(sys.argv[1:]))
""").format(events=set(NETWORK_EVENTS))


def _run_guarded(tmp_path: Path, *cli_args: str) -> tuple[subprocess.CompletedProcess, str]:
    log = tmp_path / "network.log"
    result = subprocess.run([sys.executable, "-c", GUARD, str(log), *cli_args],
                            capture_output=True, text=True, timeout=180,
                            cwd=Path(__file__).resolve().parents[2])
    return result, log.read_text(encoding="utf-8") if log.exists() else ""


def test_the_guard_catches_a_connect_attempt(tmp_path):
    # Guards the guard: a run that does touch the network must be caught and logged.
    probe = tmp_path / "probe.py"
    probe.write_text("import socket\ntry:\n    socket.socket().connect(('127.0.0.1', 9))\n"
                     "except OSError:\n    pass\n")
    guard = GUARD.replace("from loyalty_desktop.cli import main\nsys.exit(main(sys.argv[1:]))",
                          f"import runpy; runpy.run_path({str(probe)!r})")
    log = tmp_path / "network.log"
    subprocess.run([sys.executable, "-c", guard, str(log)], check=True, timeout=60)
    assert "socket.connect" in log.read_text(encoding="utf-8")
    assert "127.0.0.1" in log.read_text(encoding="utf-8")


def test_a_full_import_analyse_pdf_run_opens_no_connection(tmp_path):
    files = write_demo_files(tmp_path / "demo")
    pdf, json_out = tmp_path / "report.pdf", tmp_path / "metrics.json"
    result, attempts = _run_guarded(
        tmp_path, "report", "--transactions", str(files["transactions"]),
        "--customers", str(files["customers"]), "--responses", str(files["responses"]),
        "--responses", str(files["exit_survey"]), "--pdf", str(pdf), "--json", str(json_out))
    assert attempts == "", f"network access attempted:\n{attempts}"
    assert result.returncode == 0, result.stderr[-2000:]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert '"schema": "loyalty-desktop/metrics/1"' in json_out.read_text(encoding="utf-8")
