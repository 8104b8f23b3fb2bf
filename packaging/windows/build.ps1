<#
.SYNOPSIS
  Build qcoder's Windows installer in one command: dist\qcoder-<version>-setup.exe

.DESCRIPTION
  1. a fresh virtual environment in build\venv-windows (from -Python, default: py -3.11 or python)
  2. pip install .[media,survey] pyinstaller pyinstaller-hooks-contrib
  3. pyinstaller packaging\qcoder.spec  -> dist\qcoder\qcoder.exe (the one-folder bundle)
  4. dist\qcoder\qcoder.exe --version    (the bundle starts)
  5. ISCC packaging\windows\qcoder.iss   -> dist\qcoder-<version>-setup.exe (Inno Setup 6.3+;
     found on PATH or in its usual folders: `choco install innosetup` or `winget install JRSoftware.InnoSetup`)

  Stops at the first step that fails, with a message naming it, and exits non-zero.
  Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
  Built and smoke-tested by .github/workflows/installers.yml on windows-latest; not run on the
  developers' Linux machine.
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Root = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
$Spec = Join-Path $Root "packaging\qcoder.spec"
$Iss = Join-Path $Root "packaging\windows\qcoder.iss"
$Dist = Join-Path $Root "dist"
$Work = Join-Path $Root "build\pyinstaller-windows"
$Venv = Join-Path $Root "build\venv-windows"
$Bundle = Join-Path $Dist "qcoder"
$Exe = Join-Path $Bundle "qcoder.exe"

function Invoke-Step {
    param([string]$What, [scriptblock]$Command)
    Write-Host "==> $What"
    & $Command
    if ($LASTEXITCODE -ne 0) {
        throw "build.ps1: $What failed (exit code $LASTEXITCODE)"
    }
}

function Find-Python {
    if ($Python) { return @($Python) }
    if (Get-Command py -ErrorAction SilentlyContinue) { return @("py", "-3.11") }
    if (Get-Command python -ErrorAction SilentlyContinue) { return @("python") }
    throw "build.ps1: no Python found: install Python 3.11 or give -Python C:\path\to\python.exe"
}

function Find-Iscc {
    $onPath = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    throw "build.ps1: Inno Setup's ISCC.exe not found: choco install innosetup (or winget install JRSoftware.InnoSetup)"
}

Set-Location $Root
if (-not (Test-Path $Spec)) { throw "build.ps1: $Spec is missing" }

$base = @(Find-Python)
$baseExe = $base[0]
$baseArgs = @($base | Select-Object -Skip 1)
Invoke-Step "creating the virtual environment $Venv" { & $baseExe @baseArgs -m venv --clear $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Step "upgrading pip" { & $Py -m pip install --quiet --upgrade pip }
Invoke-Step "installing qcoder[media,survey] and PyInstaller" {
    & $Py -m pip install --quiet ".[media,survey]" pyinstaller pyinstaller-hooks-contrib
}

$Version = (& $Py -c "import importlib.metadata as m; print(m.version('qcoder'))").Trim()
if ($LASTEXITCODE -ne 0 -or -not $Version) { throw "build.ps1: could not read qcoder's version" }
$FileVersion = (& $Py -c "import re,sys; n=[int(x) for x in re.match(r'\d+(\.\d+)*', sys.argv[1]).group(0).split('.')][:4]; print('.'.join(map(str, n + [0]*(4-len(n)))))" $Version).Trim()
Write-Host "==> qcoder $Version (file version $FileVersion)"

Invoke-Step "PyInstaller: packaging\qcoder.spec" {
    & $Py -m PyInstaller --noconfirm --clean --distpath $Dist --workpath $Work $Spec
}
if (-not (Test-Path $Exe)) { throw "build.ps1: PyInstaller did not leave $Exe" }
Invoke-Step "the bundle starts: qcoder.exe --version" { & $Exe --version }

if ($SkipInstaller) {
    Write-Host "==> -SkipInstaller: the bundle is in $Bundle"
    exit 0
}

# a windowed twin of qcoder.exe (no console window), if the spec builds one, is what the Start
# menu and double-clicked files start; else qcoder.exe
$GuiExe = "qcoder.exe"
if (Test-Path (Join-Path $Bundle "qcoderw.exe")) { $GuiExe = "qcoderw.exe" }
$Iscc = Find-Iscc
Invoke-Step "Inno Setup: packaging\windows\qcoder.iss" {
    & $Iscc /Q "/DAppVersion=$Version" "/DFileVersion=$FileVersion" "/DBundleDir=$Bundle" "/DOutputDir=$Dist" `
        "/DAppExeName=$GuiExe" $Iss
}
$Setup = Join-Path $Dist "qcoder-$Version-setup.exe"
if (-not (Test-Path $Setup)) { throw "build.ps1: Inno Setup did not leave $Setup" }
$size = [math]::Round((Get-Item $Setup).Length / 1MB, 1)
Write-Host "==> built $Setup ($size MB)"
