<#
.SYNOPSIS
  Gỡ hopthu khỏi máy Windows, GIỮ dữ liệu / Remove hopthu from the Windows PC, keeping the data.

.DESCRIPTION
  In PowerShell "Run as administrator":

      powershell -ExecutionPolicy Bypass -File "C:\Program Files\hopthu\src\deploy\windows\uninstall.ps1"

  Asks the running daemon to stop (the file stop.request in the state folder; it stops after the
  current step), waits up to a minute, then ends the task if it still runs, unregisters it and
  removes C:\Program Files\hopthu and the desktop shortcut. %ProgramData%\hopthu (configuration,
  secrets, journal, register, backups) is KEPT, and so are the account hopthu and the group
  hopthu-canbo unless -RemoveAccount is given (the kept folders then list an unknown SID).

  NOTE: never run by hopthu's test suite (Linux). See README, "Máy Windows / The Windows PC".
#>
[CmdletBinding()]
param(
    [string]$Prefix = (Join-Path $env:ProgramFiles "hopthu"),
    [string]$Data = (Join-Path $env:ProgramData "hopthu"),
    [switch]$RemoveAccount
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Error "Cần mở PowerShell bằng 'Run as administrator'. / Run PowerShell as administrator."; exit 1
}

$task = Get-ScheduledTask -TaskName "hopthu" -ErrorAction SilentlyContinue
if ($task) {
    if ($task.State -eq "Running") {
        # A clean stop first: the daemon polls this file (platform.py); ending the task kills the process.
        New-Item -ItemType File -Force -Path (Join-Path $Data "state\stop.request") | Out-Null
        $deadline = (Get-Date).AddSeconds(60)
        while ((Get-ScheduledTask -TaskName "hopthu").State -eq "Running" -and (Get-Date) -lt $deadline) {
            Start-Sleep -Seconds 2
        }
        if ((Get-ScheduledTask -TaskName "hopthu").State -eq "Running") {
            Write-Host "hopthu chưa dừng sau 60 giây: dừng hẳn tác vụ / not stopped after 60 s: ending the task."
            Stop-ScheduledTask -TaskName "hopthu"
        }
    }
    Unregister-ScheduledTask -TaskName "hopthu" -Confirm:$false
    Write-Host "Đã gỡ tác vụ 'hopthu' / task removed."
}
if (Test-Path $Prefix) { Remove-Item -Recurse -Force $Prefix; Write-Host "Đã xóa / removed $Prefix" }
$link = Join-Path ([Environment]::GetFolderPath("CommonDesktopDirectory")) "So theo doi hopthu.lnk"
if (Test-Path $link) { Remove-Item -Force $link }
if ($RemoveAccount) {
    Remove-LocalUser -Name "hopthu" -ErrorAction SilentlyContinue
    Remove-LocalGroup -Name "hopthu-canbo" -ErrorAction SilentlyContinue
    Remove-ItemProperty -Path "HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\SpecialAccounts\UserList" `
        -Name "hopthu" -ErrorAction SilentlyContinue
    Write-Host "Đã xóa tài khoản hopthu và nhóm hopthu-canbo / account and group removed."
}
Write-Host "Dữ liệu được giữ ở / data kept in: $Data (cấu hình, mật khẩu, nhật ký hồ sơ, sổ theo dõi, bản sao lưu)."
