;; Inno Setup script for the Haihe Desk Windows setup (海河工匠杯大赛办公室桌面系统).
;; Build on Windows with installer\build.ps1, which builds the bundle and then runs
;;   iscc /DMyAppVersion=<version> /DMyAppNumericVersion=<x.y.z.0> installer\haihe_desk.iss
;; The version comes from the package metadata (pyproject.toml); the file must stay UTF-8 with BOM.
;; Signing the setup and the executables is a release step (installer\README.md, "Signing").

#ifndef MyAppVersion
  #error Pass the version: iscc /DMyAppVersion=1.2.3 haihe_desk.iss (installer\build.ps1 does this)
#endif
#ifndef MyAppNumericVersion
  #define MyAppNumericVersion MyAppVersion
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\haihe-desk"
#endif
#define MyAppExeName "HaiheDesk.exe"
#define MyAppCliName "haihe-desk.exe"
#define MyProgId "HaiheDesk.VenuePackage"

[Setup]
; Never change AppId: upgrades and the uninstaller find the installed copy through it.
AppId={{6C1F3E52-8A4D-4B0E-9B57-2E4A9D7C31F8}
AppName=海河工匠杯大赛办公室桌面系统
AppVersion={#MyAppVersion}
AppVerName=海河工匠杯大赛办公室桌面系统 {#MyAppVersion}
AppPublisher=海河工匠杯 技能大赛办公室
VersionInfoVersion={#MyAppNumericVersion}
VersionInfoProductName=Haihe Desk
; Program Files for everybody (admin), or the user's own programs folder with the per-user option:
; {autopf} follows the mode chosen on the "install for all users / only for me" page.
DefaultDirName={autopf}\HaiheDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; Refuse to install or uninstall while the program runs (haihe_desk/ui/win_mutex.py creates these).
AppMutex=HaiheDeskRunning,Global\HaiheDeskRunning
CloseApplications=no
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#MyAppExeName}
UninstallDisplayName=海河工匠杯大赛办公室桌面系统 {#MyAppVersion}
OutputDir=..\dist
OutputBaseFilename=HaiheDesk-Setup-{#MyAppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UsedUserAreasWarning=no
#ifexist "..\resources\icons\haihe_desk.ico"
SetupIconFile=..\resources\icons\haihe_desk.ico
#endif

[Languages]
; ChineseSimplified.isl is an unofficial Inno Setup translation; installer\build.ps1 fetches it
; (see installer\README.md, "Chinese wizard pages").
Name: "chinesesimplified"; MessagesFile: "ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppShortName=海河工匠杯大赛办公室
english.AppShortName=Haihe Craftsman Cup Contest Office
chinesesimplified.VenuePackage=海河工匠杯赛场数据包
english.VenuePackage=Haihe Craftsman Cup venue package
chinesesimplified.AssocTask=用本程序打开赛场数据包（.hdpkg）
english.AssocTask=Open venue packages (.hdpkg) with this program
chinesesimplified.DeleteDataQuestion=是否同时删除本机上的赛事数据？%n%n数据文件夹：%1%n（数据库、升级前的备份、设置和日志）%n%n选择“否”将保留数据，重新安装后可继续使用。删除后无法恢复。
english.DeleteDataQuestion=Also delete the contest data on this PC?%n%nData folder: %1%n(database, pre-upgrade backups, settings and logs)%n%nChoose "No" to keep the data for a later installation. Deleted data cannot be recovered.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assoc"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the old bundle folder completely (no stale DLLs or plugins are left behind).
; The user's data is not under {app}, so nothing of it is touched.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\{#MyAppExeName}"
Type: files; Name: "{app}\{#MyAppCliName}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppShortName}"; Filename: "{app}\{#MyAppExeName}"
Name: "{autodesktop}\{cm:AppShortName}"; Filename: "{app}\{#MyAppExeName}"; Tasks: desktopicon

[Registry]
; .hdpkg (venue package) association, in HKLM for all users or HKCU for a per-user install (HKA).
Root: HKA; Subkey: "Software\Classes\.hdpkg\OpenWithProgids"; ValueType: string; ValueName: "{#MyProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#MyProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:VenuePackage}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#MyProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#MyAppExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\{#MyProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#MyAppExeName}"" ""%1"""; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\Applications\{#MyAppExeName}\SupportedTypes"; ValueType: string; ValueName: ".hdpkg"; ValueData: ""; Flags: uninsdeletekey; Tasks: assoc

[Run]
Filename: "{app}\{#MyAppExeName}"; Description: "{cm:LaunchProgram,{cm:AppShortName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The data folder is platformdirs.user_data_dir("HaiheDesk") = %LOCALAPPDATA%\HaiheDesk
  (haihe_desk/paths.py); never under {app}. The uninstaller keeps it unless the user says so. }
function DataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\HaiheDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and (not UninstallSilent) and DirExists(DataDir()) then
  begin
    if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir()]),
        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
      DelTree(DataDir(), True, True, True);
  end;
end;
