# Build the Windows installer: PyInstaller folder, then Inno Setup.   (run on Windows 10/11 x64)
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
# Needs: Python 3.11 x64, Inno Setup 6 (https://jrsoftware.org/isdl.php; ISCC.exe on PATH or in
# its default folder). Output: dist\LoyaltyDesktop-<version>-setup.exe
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    py -3.11 -m venv .venv
}
$python = ".venv\Scripts\python.exe"
& $python -m pip install --quiet -e ".[installer]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

$version = (& $python -c "import sys; sys.path.insert(0, 'installer'); from app_metadata import version; print(version())").Trim()
& $python installer\build.py
if ($LASTEXITCODE -ne 0) { throw "PyInstaller build failed" }

$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
if (-not (Test-Path $iscc)) { $iscc = Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\loyalty-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "built dist\LoyaltyDesktop-$version-setup.exe"
