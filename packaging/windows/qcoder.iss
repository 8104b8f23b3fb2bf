; qcoder's Windows installer (Inno Setup 6.3 or later).
;
; Built by packaging\windows\build.ps1, which passes the version of the build:
;   ISCC /DAppVersion=0.1.0 /DFileVersion=0.1.0.0 /DBundleDir=<repo>\dist\qcoder /DOutputDir=<repo>\dist qcoder.iss
; and leaves dist\qcoder-<version>-setup.exe.
;
; Per-user by default: no administrator rights, installed into %LOCALAPPDATA%\Programs\qcoder
; ({autopf} in non-administrative mode), Start-menu entry for this user, file associations under
; HKCU\Software\Classes (HKA = HKCU in this mode). An IT department may install it for all users
; instead with /ALLUSERS on the command line (then {autopf} is Program Files and HKA is HKLM).
; Silent install, as the CI workflow does it:  qcoder-<version>-setup.exe /VERYSILENT /CURRENTUSER

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (x64compatible)
#endif

#ifndef AppVersion
  #error Give the version of the build: ISCC /DAppVersion=<version> (packaging\windows\build.ps1 does)
#endif
#ifndef FileVersion
  #define FileVersion "0.0.0.0"
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\qcoder"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
; the executable the Start menu and double-clicked files start: the bundle's qcoder.exe, or its
; windowed twin qcoderw.exe (no console window) when the spec builds one (build.ps1 looks)
#ifndef AppExeName
  #define AppExeName "qcoder.exe"
#endif

[Setup]
; the AppId identifies qcoder to Windows across versions (upgrades replace, never duplicate): never change it
AppId={{6B0F3C52-8E1D-4C9A-9F4B-2D7A51E0C3A8}
AppName=qcoder
AppVersion={#AppVersion}
AppVerName=qcoder {#AppVersion}
AppPublisher=qcoder project
AppCopyright=Copyright (c) qcoder contributors. MIT License.
VersionInfoVersion={#FileVersion}
VersionInfoProductVersion={#FileVersion}
VersionInfoDescription=qcoder {#AppVersion} setup
DefaultDirName={autopf}\qcoder
DefaultGroupName=qcoder
DisableProgramGroupPage=yes
DisableDirPage=auto
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
CloseApplications=yes
SetupIconFile=..\..\resources\icons\qcoder.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName=qcoder {#AppVersion}
OutputDir={#OutputDir}
OutputBaseFilename=qcoder-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; the languages the window itself is translated into
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade replaces the bundle whole: files the old version had and the new one lacks (an old
; package's .dist-info beside the new one's) would otherwise stay and confuse the new version
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\qcoder"; Filename: "{app}\{#AppExeName}"; Comment: "Qualitative coding of interview transcripts"
Name: "{autodesktop}\qcoder"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Registry]
; .qcoder: qcoder's own project file; qcoder is its default program
Root: HKA; Subkey: "Software\Classes\.qcoder"; ValueType: string; ValueName: ""; ValueData: "qcoder.project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.qcoder\OpenWithProgids"; ValueType: string; ValueName: "qcoder.project"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\qcoder.project"; ValueType: string; ValueName: ""; ValueData: "qcoder project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\qcoder.project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\qcoder.project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" gui ""%1"""
; .qdpx: the REFI-QDA exchange format other QDA programs write too. qcoder is added to its
; "Open with" list; it does not take the file over from a program the user already has for it.
Root: HKA; Subkey: "Software\Classes\.qdpx\OpenWithProgids"; ValueType: string; ValueName: "qcoder.qdpx"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\qcoder.qdpx"; ValueType: string; ValueName: ""; ValueData: "REFI-QDA project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\qcoder.qdpx\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"
Root: HKA; Subkey: "Software\Classes\qcoder.qdpx\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" gui ""%1"""
; "Open with" shows qcoder by name, for both kinds of file
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "qcoder"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".qcoder"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".qdpx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" gui ""%1"""

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,qcoder}"; Flags: nowait postinstall skipifsilent

