; Inno Setup 6 script: per-user installer of Loyalty Desktop for Windows 10/11 (x64).
;
; Build on Windows (see installer/README.md):  powershell -File installer\windows\build.ps1
; which runs PyInstaller (dist\loyalty-desktop\) and then
;   iscc /DAppVersion=<version from pyproject.toml> installer\windows\loyalty-desktop.iss
; Output: dist\LoyaltyDesktop-<version>-setup.exe
;
; Per-user: no administrator rights, installs to %LOCALAPPDATA%\Programs\Loyalty Desktop, file
; association and uninstaller registered under HKEY_CURRENT_USER. The owner's projects and
; settings (in their Documents / AppData) are never touched by the uninstaller.
; Not testable on the Linux build machine: reviewed by hand against the Inno Setup 6 documentation.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (build.ps1 reads it from pyproject.toml)
#endif
#define AppName "Loyalty Desktop"
; the windowed launcher (no console window) and the console one for scripts
#define AppExe "Loyalty Desktop.exe"
#define CliExe "loyalty-desktop.exe"
#define ProgId "LoyaltyDesktop.Project"
#define SourceDir "..\..\dist\loyalty-desktop"

[Setup]
; AppId identifies the app for upgrades and the uninstaller: never change it between versions
AppId={{6F1C2B7E-4A53-4E0B-9D41-2C8A9E5B7D30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Loyalty Desktop
AppPublisherURL=https://example.org/loyalty-desktop
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=LoyaltyDesktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\loyalty-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile={#SourceDir}\_internal\licenses\loyalty-desktop\LICENSE.txt
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "da"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
; Swedish is an unofficial Inno Setup translation: used when it has been added to the compiler
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Customer loyalty analytics"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .loyalty → LoyaltyDesktop.Project, opened by the windowed launcher with the file as argument.
; HKA is HKEY_CURRENT_USER for a per-user install. The extension's default value is removed on
; uninstall only if it still points to us; the ProgID key is ours and deleted whole.
Root: HKA; Subkey: "Software\Classes\.loyalty"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.loyalty\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Loyalty Desktop project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".loyalty"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; files the app may write next to itself (none today; PyInstaller extracts nothing in one-folder mode)
Type: dirifempty; Name: "{app}"
