<#
.SYNOPSIS
  Cài hopthu trên máy Windows của phường / Install hopthu on the ward's Windows PC.

.DESCRIPTION
  Run once, in PowerShell opened with "Run as administrator", from a copy of the hopthu source:

      powershell -ExecutionPolicy Bypass -File deploy\windows\install.ps1

  It makes (or keeps):
    - Python >= 3.11 (winget, or the python.org installer given with -PythonInstaller);
    - the local account "hopthu" that runs the daemon (a long random password nobody needs to know:
      the task keeps it) and the local group "hopthu-canbo" for officers who open the register;
    - C:\Program Files\hopthu\src (a copy of the source) and C:\Program Files\hopthu\.venv;
    - %ProgramData%\hopthu\config  (hopthu.yaml, hopthu.env, rules\, templates\): Administrators;
                                    hopthu may read; hopthu.env: hopthu may read, nobody else but admins
      %ProgramData%\hopthu\state   (journal, letters, log, heartbeat): hopthu and Administrators only
      %ProgramData%\hopthu\data    (the XLSX register, the outbox): hopthu and hopthu-canbo may modify
      %ProgramData%\hopthu\backups (encrypted backups): hopthu and Administrators only
    - the Task Scheduler task "hopthu" (XML from `hopthu deploy windows-task`): at boot, as hopthu,
      restarted when it stops, no time limit, one instance. It is not started: edit the configuration first.
    - a shortcut "So theo doi hopthu" on the Public Desktop to the register.
  Running it again upgrades the program and keeps configuration, secrets and data.

  NOTE: written for Windows 10/11 and Windows PowerShell 5.1; never run by hopthu's test suite
  (which runs on Linux). See README, "Máy Windows / The Windows PC", for what to watch.

.PARAMETER PythonInstaller
  Path of a python.org installer (python-3.12.x-amd64.exe) to use instead of winget (PC without winget).
.PARAMETER PipArgs
  Extra pip arguments, e.g. "--no-index --find-links=E:\wheels" on a PC without internet.
#>
[CmdletBinding()]
param(
    [string]$Source = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path,
    [string]$Prefix = (Join-Path $env:ProgramFiles "hopthu"),
    [string]$Data = (Join-Path $env:ProgramData "hopthu"),
    [string]$PythonInstaller = "",
    [string]$PipArgs = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Say([string]$Text) { Write-Host $Text }
function Fail([string]$Text) { Write-Error $Text; exit 1 }
function Run([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { Fail "$Exe $($Arguments -join ' '): mã thoát / exit code $LASTEXITCODE" }
}

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Fail "Cần mở PowerShell bằng 'Run as administrator'. / Run PowerShell as administrator."
}
if (-not (Test-Path (Join-Path $Source "pyproject.toml"))) { Fail "Không thấy mã nguồn hopthu ở $Source / no hopthu source there." }

$Account = "hopthu"
$Officers = "hopthu-canbo"
$Qualified = "$env:COMPUTERNAME\$Account"
$Admins = "*S-1-5-32-544"   # SIDs: account names are translated on Vietnamese Windows
$System = "*S-1-5-18"

# 1. Python >= 3.11 ---------------------------------------------------------------------------------
function Find-Python {
    if (Get-Command py.exe -ErrorAction SilentlyContinue) {
        foreach ($v in @("3.13", "3.12", "3.11")) {
            $ErrorActionPreference = "Continue"   # the launcher writes to stderr for a version it lacks
            $exe = & py.exe "-$v" -c "import sys; print(sys.executable)" 2>$null
            $ErrorActionPreference = "Stop"
            if ($LASTEXITCODE -eq 0 -and $exe) { return ([string]$exe).Trim() }
        }
    }
    foreach ($dir in @("$env:ProgramFiles\Python313", "$env:ProgramFiles\Python312", "$env:ProgramFiles\Python311")) {
        if (Test-Path "$dir\python.exe") { return "$dir\python.exe" }
    }
    return $null
}
$Python = Find-Python
if (-not $Python) {
    if ($PythonInstaller) {
        Say "Cài Python từ $PythonInstaller (cho mọi người dùng) / installing Python for all users..."
        $p = Start-Process -FilePath $PythonInstaller -Wait -PassThru `
            -ArgumentList "/quiet", "InstallAllUsers=1", "PrependPath=0", "Include_launcher=1", "Include_test=0"
        if ($p.ExitCode -ne 0) { Fail "Trình cài Python báo lỗi $($p.ExitCode) / the Python installer failed." }
    } elseif (Get-Command winget.exe -ErrorAction SilentlyContinue) {
        Say "Cài Python 3.12 bằng winget / installing Python 3.12 with winget..."
        Run winget.exe @("install", "--id", "Python.Python.3.12", "--exact", "--scope", "machine", "--silent",
                         "--accept-package-agreements", "--accept-source-agreements")
    } else {
        Fail ("Không có Python >= 3.11 và không có winget. Tải trình cài từ https://www.python.org/downloads/windows/ " +
              "rồi chạy lại với -PythonInstaller <tệp .exe>. / No Python and no winget: download the python.org " +
              "installer and pass it with -PythonInstaller.")
    }
    $Python = Find-Python
    if (-not $Python) { Fail "Vẫn không thấy Python sau khi cài / Python still not found: open a new PowerShell and run again." }
}
Say "Python: $Python"

# 2. The account that runs hopthu, and the officers' group ----------------------------------------
$bytes = New-Object byte[] 24
[Security.Cryptography.RandomNumberGenerator]::Create().GetBytes($bytes)
$Plain = [Convert]::ToBase64String($bytes) + "aA1!"   # complexity rules: upper, lower, digit, symbol
$Secure = ConvertTo-SecureString $Plain -AsPlainText -Force
if (Get-LocalUser -Name $Account -ErrorAction SilentlyContinue) {
    Set-LocalUser -Name $Account -Password $Secure   # a new password each run: the task is registered again below
} else {
    New-LocalUser -Name $Account -Password $Secure -PasswordNeverExpires -UserMayNotChangePassword `
        -AccountNeverExpires -Description "hopthu: chạy Hòm thư số (không đăng nhập) / runs hopthu" | Out-Null
    Say "Đã tạo tài khoản cục bộ $Qualified / local account made."
}
# Not on the sign-in screen: nobody signs in as hopthu.
$hide = "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\SpecialAccounts\UserList"
New-Item -Path $hide -Force | Out-Null
New-ItemProperty -Path $hide -Name $Account -Value 0 -PropertyType DWord -Force | Out-Null
if (-not (Get-LocalGroup -Name $Officers -ErrorAction SilentlyContinue)) {
    New-LocalGroup -Name $Officers -Description "Cán bộ mở sổ theo dõi hopthu / officers who open the register" | Out-Null
    Say "Đã tạo nhóm ${Officers}: thêm cán bộ bằng Add-LocalGroupMember $Officers -Member <tên> / add officers to it."
}

# 3. Folders and their ACLs (inheritance off; what is created inside inherits these) --------------
$Config = Join-Path $Data "config"
$State = Join-Path $Data "state"
$DataDir = Join-Path $Data "data"
$Backups = Join-Path $Data "backups"
foreach ($d in @($Data, $Config, $State, $DataDir, $Backups)) { New-Item -ItemType Directory -Force -Path $d | Out-Null }
Run icacls.exe @($Data, "/inheritance:r", "/grant:r", "${Admins}:(OI)(CI)F", "${System}:(OI)(CI)F",
                 "${Qualified}:RX", "${Officers}:RX", "/Q")
Run icacls.exe @($Config, "/inheritance:r", "/grant:r", "${Admins}:(OI)(CI)F", "${System}:(OI)(CI)F",
                 "${Qualified}:(OI)(CI)RX", "/Q")
foreach ($private in @($State, $Backups)) {
    Run icacls.exe @($private, "/inheritance:r", "/grant:r", "${Admins}:(OI)(CI)F", "${System}:(OI)(CI)F",
                     "${Qualified}:(OI)(CI)F", "/Q")
}
Run icacls.exe @($DataDir, "/inheritance:r", "/grant:r", "${Admins}:(OI)(CI)F", "${System}:(OI)(CI)F",
                 "${Qualified}:(OI)(CI)M", "${Officers}:(OI)(CI)M", "/Q")

# 4. The program: a copy of the source and a venv ----------------------------------------------------
$Src = Join-Path $Prefix "src"
$Venv = Join-Path $Prefix ".venv"
if ((Resolve-Path $Source).Path -ne $Src) {
    if (Test-Path $Src) { Remove-Item -Recurse -Force $Src }
    New-Item -ItemType Directory -Force -Path $Src | Out-Null
    foreach ($part in @("daemon", "rules", "templates", "deploy", "docs", "pyproject.toml", "README.md", "hopthu.example.yaml")) {
        Copy-Item -Recurse -Force (Join-Path $Source $part) $Src
    }
    Get-ChildItem -Path $Src -Recurse -Directory -Filter __pycache__ | Remove-Item -Recurse -Force
}
$VenvPython = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $VenvPython)) { Run $Python @("-m", "venv", $Venv) }
$pip = @("-m", "pip", "install", "--quiet", "--disable-pip-version-check")
if ($PipArgs) { $pip += $PipArgs.Split(" ", [StringSplitOptions]::RemoveEmptyEntries) }
Run $VenvPython ($pip + @($Src))
$Hopthu = Join-Path $Venv "Scripts\hopthu.exe"

# 5. Configuration, rules, templates: from the example, only where absent ------------------------------
$Yaml = Join-Path $Config "hopthu.yaml"
$Fwd = { param($p) $p -replace "\\", "/" }   # forward slashes: a backslash in a YAML "string" is an escape
foreach ($part in @("rules", "templates")) {
    if (-not (Test-Path (Join-Path $Config $part))) { Copy-Item -Recurse (Join-Path $Src $part) (Join-Path $Config $part) }
}
if (-not (Test-Path $Yaml)) {
    $text = Get-Content -Raw -Encoding UTF8 (Join-Path $Src "hopthu.example.yaml")
    $text = $text -replace '(?m)^# secrets_file: ".env"', "secrets_file: `"$(& $Fwd (Join-Path $Config 'hopthu.env'))`""
    $text = $text -replace '(?m)^state_dir: "state"', "state_dir: `"$(& $Fwd $State)`""
    $text = $text -replace '(?m)^rules_dir: "rules"', "rules_dir: `"$(& $Fwd (Join-Path $Config 'rules'))`""
    $text = $text -replace '(?m)^templates_dir: "templates"', "templates_dir: `"$(& $Fwd (Join-Path $Config 'templates'))`""
    $text = $text -replace '"data/', "`"$(& $Fwd $DataDir)/"
    $text = $text -replace '(?m)^  dir: "backups"', "  dir: `"$(& $Fwd $Backups)`""
    [IO.File]::WriteAllText($Yaml, $text, (New-Object Text.UTF8Encoding $false))   # UTF-8 without a BOM
    Say "Đã tạo $Yaml từ mẫu: sửa nó cho phường / made from the example: edit it."
}

# 6. The one secrets file: hopthu may read it, nobody else but administrators ---------------------------
$Env = Join-Path $Config "hopthu.env"
if (-not (Test-Path $Env)) {
    $ErrorActionPreference = "Continue"   # the command's advice goes to stderr
    $key = (& $Hopthu backup --new-key 2>$null | Select-Object -First 1)
    $ErrorActionPreference = "Stop"
    if (-not ($key -like "HOPTHU_BACKUP_KEY=*")) { Fail "Không tạo được khóa sao lưu / could not make a backup key." }
    $lines = @("# hopthu: mật khẩu và khóa / secrets (KEY=value, one a line)", "HOPTHU_IMAP_PASSWORD=",
               "HOPTHU_SMTP_PASSWORD=", $key, "")
    [IO.File]::WriteAllText($Env, ($lines -join "`r`n"), (New-Object Text.UTF8Encoding $false))
    Say "Đã tạo $Env với khóa sao lưu mới: CHÉP KHÓA RA NGOÀI MÁY / new backup key: keep a copy off this PC."
}
Run icacls.exe @($Env, "/inheritance:r", "/grant:r", "${Admins}:F", "${System}:F", "${Qualified}:R", "/Q")

# 7. The task ----------------------------------------------------------------------------------------
$Xml = Join-Path $env:TEMP "hopthu-task.xml"
Run $Hopthu @("deploy", "windows-task", "--user", $Qualified, "--program", $Hopthu, "--config-file", $Yaml,
              "--workdir", $Data, "-o", $Xml)
Register-ScheduledTask -TaskName "hopthu" -Xml (Get-Content -Raw -Encoding Unicode $Xml) -User $Qualified `
    -Password $Plain -Force | Out-Null
Remove-Item -Force $Xml
$Plain = $null; $Secure = $null
Say "Đã đăng ký tác vụ 'hopthu' (chưa chạy) / task registered (not started)."

# 8. A shortcut to the register for officers --------------------------------------------------------
$Register = Join-Path $DataDir "so-theo-doi.xlsx"
$Shell = New-Object -ComObject WScript.Shell
$Link = $Shell.CreateShortcut((Join-Path ([Environment]::GetFolderPath("CommonDesktopDirectory")) "So theo doi hopthu.lnk"))
$Link.TargetPath = $Register
$Link.Save()

Say @"

Xong. Tiếp theo / next:
  1. Sửa $Yaml (phường, hộp thư, cơ quan, cán bộ) và mật khẩu trong $Env (Notepad, mở bằng quyền quản trị).
  2. Kiểm tra / check:   & '$Hopthu' --config '$Yaml' check
  3. Chạy / start:       Start-ScheduledTask -TaskName hopthu
  4. Tình trạng / status: & '$Hopthu' --config '$Yaml' status
  Cán bộ mở sổ: thêm họ vào nhóm $Officers (Add-LocalGroupMember $Officers -Member <tên>).
"@
