#!/usr/bin/env bash
# Remove hopthu's program and service from the ward PC, KEEPING its data:
#
#   sudo bash /opt/hopthu/src/deploy/uninstall.sh
#
# Removed: the service unit (stopped and disabled), /opt/hopthu (program and venv), the sysusers.d and
# tmpfiles.d entries. Kept: /etc/hopthu (configuration, rules, secrets and the backup key),
# /var/lib/hopthu (journal, letters, register, outbox, backups) and the user "hopthu" who owns them,
# so installing again carries on where it stopped. Variables: DESTDIR, PREFIX as for install.sh.
set -euo pipefail

DESTDIR=${DESTDIR:-}
DESTDIR=${DESTDIR%/}
PREFIX=${PREFIX:-/opt/hopthu}
if [ "$(id -u)" != 0 ]; then
  echo "Cần chạy với quyền root / Run as root." >&2
  exit 1
fi

if [ -n "$DESTDIR" ]; then
  [ -e "$DESTDIR/etc/systemd/system/hopthu.service" ] && systemctl --root="$DESTDIR" disable hopthu.service
elif [ -d /run/systemd/system ] && systemctl cat hopthu.service >/dev/null 2>&1; then
  systemctl disable --now hopthu.service
fi
rm -f "$DESTDIR/etc/systemd/system/hopthu.service"
[ -z "$DESTDIR" ] && [ -d /run/systemd/system ] && systemctl daemon-reload
rm -rf "${DESTDIR:?}$PREFIX"
rm -f "$DESTDIR/usr/lib/sysusers.d/hopthu.conf" "$DESTDIR/usr/lib/tmpfiles.d/hopthu.conf"

cat <<MSG
Đã gỡ chương trình hopthu. Dữ liệu vẫn giữ nguyên / The program is removed; the data is kept:
  /etc/hopthu       cấu hình, quy tắc, tệp bí mật (có khóa sao lưu) / configuration, secrets, backup key
  /var/lib/hopthu   nhật ký hồ sơ, thư, sổ theo dõi, bản sao lưu / journal, letters, register, backups
  người dùng hopthu / the user hopthu
Xóa hẳn (không lấy lại được) / to delete them for good: sudo rm -rf /etc/hopthu /var/lib/hopthu && sudo userdel hopthu
MSG
