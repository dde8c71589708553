# Windows twin of installer/build: build dist\haihe-desk\ with PyInstaller, then (unless -NoSetup)
# the setup dist\HaiheDesk-Setup-<version>.exe with Inno Setup's iscc.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Venv DIR] [-Fresh] [-NoSetup] [-Iscc PATH]
#
# -Venv DIR   reuse a venv (default build\venv-bundle, created when missing)
# -Fresh      delete build\venv-bundle first (a truly clean build)
# -NoSetup    stop after the bundle
# -Iscc PATH  iscc.exe (default: on PATH, else "C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
# Needs Python 3.11+ ("py -3" or python on PATH) and, for the setup, Inno Setup 6.
param(
    [string]$Venv = "",
    [switch]$Fresh,
    [switch]$NoSetup,
    [string]$Iscc = ""
)
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$start = Get-Date

if (-not $Venv) { $Venv = Join-Path $Root "build\venv-bundle" }
if ($Fresh -and (Test-Path $Venv) -and ($Venv -eq (Join-Path $Root "build\venv-bundle"))) { Remove-Item -Recurse -Force $Venv }
$Py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $Py)) {
    Write-Host "build: creating $Venv"
    if (Get-Command py -ErrorAction SilentlyContinue) { & py -3 -m venv $Venv } else { & python -m venv $Venv }
    if ($LASTEXITCODE -ne 0) { throw "cannot create the venv" }
}
& $Py -m pip install -q --disable-pip-version-check -e ".[dev,postgres]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }
$Version = (& $Py -c "from importlib.metadata import version; print(version('haihe-desk'))").Trim()
Write-Host "build: haihe-desk $Version"

$Bundle = Join-Path $Root "dist\haihe-desk"
if (Test-Path $Bundle) { Remove-Item -Recurse -Force $Bundle }
& $Py -m PyInstaller --noconfirm --clean --log-level WARN --distpath (Join-Path $Root "dist") `
    --workpath (Join-Path $Root "build\pyinstaller") (Join-Path $Root "installer\haihe_desk.spec")
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
foreach ($exe in @("haihe-desk.exe", "HaiheDesk.exe")) {
    if (-not (Test-Path (Join-Path $Bundle $exe))) { throw "$exe was not produced" }
}
Set-Content -Path (Join-Path $Bundle "VERSION.txt") -Value $Version -Encoding ascii
$files = Get-ChildItem -Recurse -File $Bundle
$mb = [math]::Round(($files | Measure-Object -Property Length -Sum).Sum / 1MB)
Write-Host "build: bundle size $mb MB in $($files.Count) files (version $Version)"

# The bundle must start: version, a fresh database, the GUI offscreen.
$env:HAIHE_DESK_HOME = Join-Path $env:TEMP ("haihe-smoke-" + [guid]::NewGuid())
$out = & (Join-Path $Bundle "haihe-desk.exe") --version
if ($out -ne "haihe-desk $Version") { throw "--version said '$out'" }
& (Join-Path $Bundle "haihe-desk.exe") init --demo | Out-Null
if ($LASTEXITCODE -ne 0) { throw "init --demo failed" }
$env:QT_QPA_PLATFORM = "offscreen"; $env:HAIHE_DESK_SMOKE_QUIT = "1"
& (Join-Path $Bundle "haihe-desk.exe")
if ($LASTEXITCODE -ne 0) { throw "the GUI did not start and quit cleanly" }
Remove-Item Env:QT_QPA_PLATFORM, Env:HAIHE_DESK_SMOKE_QUIT
Remove-Item -Recurse -Force $env:HAIHE_DESK_HOME; Remove-Item Env:HAIHE_DESK_HOME
Write-Host "build: bundle smoke-tested"

if ($NoSetup) { Write-Host "build: took $([int]((Get-Date) - $start).TotalSeconds) s"; exit 0 }

# Chinese wizard pages: Inno Setup's unofficial ChineseSimplified.isl (see installer\README.md).
$Isl = Join-Path $PSScriptRoot "ChineseSimplified.isl"
if (-not (Test-Path $Isl)) {
    $url = "https://raw.githubusercontent.com/jrsoftware/issrc/main/Files/Languages/Unofficial/ChineseSimplified.isl"
    Write-Host "build: fetching $url"
    Invoke-WebRequest -UseBasicParsing -Uri $url -OutFile $Isl
}
if (-not $Iscc) {
    $cmd = Get-Command iscc -ErrorAction SilentlyContinue
    $Iscc = if ($cmd) { $cmd.Source } else { "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
}
if (-not (Test-Path $Iscc)) { throw "Inno Setup's ISCC.exe not found; install Inno Setup 6 or pass -Iscc" }
$Numeric = ([regex]::Match($Version, '^\d+(\.\d+){0,3}')).Value
while (($Numeric.Split('.')).Count -lt 4) { $Numeric += ".0" }
& $Iscc /Qp "/DMyAppVersion=$Version" "/DMyAppNumericVersion=$Numeric" "/DBundleDir=$Bundle" (Join-Path $PSScriptRoot "haihe_desk.iss")
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
Write-Host "build: setup $(Join-Path $Root "dist\HaiheDesk-Setup-$Version.exe")"
Write-Host "build: took $([int]((Get-Date) - $start).TotalSeconds) s"
