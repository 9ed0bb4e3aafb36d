#!/usr/bin/env bash
# Install hopthu on a Linux ward PC (Debian/Ubuntu with systemd), once:
#
#   sudo bash deploy/install.sh
#
# It creates the service user (sysusers.d), the folders with their modes (tmpfiles.d), a virtual
# environment in /opt/hopthu/.venv with hopthu in it, the configuration, rules and templates in
# /etc/hopthu (kept if they exist), the secrets file /etc/hopthu/hopthu.env (0600, with a new backup
# key), and the service unit, which it enables (it does not start it: edit the configuration first).
# Running it again upgrades the program and keeps configuration, secrets and data.
#
# Options:  --no-enable   do not enable the service
# Variables: DESTDIR      install into this folder as a root (packaging, tests); default: /
#            PREFIX       where the program goes; default /opt/hopthu
#            PYTHON       the Python ≥ 3.11 that makes the venv; default python3
#            HOPTHU_PIP_ARGS  extra pip arguments, e.g. "--no-index --find-links=/media/usb/wheels"
#                             on a PC without internet
set -euo pipefail

SRC=$(cd "$(dirname "$0")/.." && pwd)
DESTDIR=${DESTDIR:-}
DESTDIR=${DESTDIR%/}
PREFIX=${PREFIX:-/opt/hopthu}
PYTHON=${PYTHON:-python3}
ENABLE=1
for arg in "$@"; do
  case "$arg" in
    --no-enable) ENABLE=0 ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "install.sh: tùy chọn không có / unknown option: $arg" >&2; exit 2 ;;
  esac
done

say() { printf '%s\n' "$*"; }
if [ "$(id -u)" != 0 ]; then
  say "Cần chạy với quyền root: sudo bash deploy/install.sh / Run as root." >&2
  exit 1
fi
for tool in systemd-sysusers systemd-tmpfiles; do
  command -v "$tool" >/dev/null || { say "Thiếu $tool (gói systemd) / $tool is missing (package systemd)." >&2; exit 1; }
done

ETC=$DESTDIR/etc/hopthu
VAR=/var/lib/hopthu

# 1. The service user and its group.
install -D -m 0644 "$SRC/deploy/sysusers.d/hopthu.conf" "$DESTDIR/usr/lib/sysusers.d/hopthu.conf"
mkdir -p "$DESTDIR/etc"
if [ -n "$DESTDIR" ]; then
  systemd-sysusers --root="$DESTDIR" "$DESTDIR/usr/lib/sysusers.d/hopthu.conf"
else
  systemd-sysusers /usr/lib/sysusers.d/hopthu.conf
fi
uid=$(awk -F: '$1 == "hopthu" { print $3 }' "$DESTDIR/etc/passwd")
gid=$(awk -F: '$1 == "hopthu" { print $3 }' "$DESTDIR/etc/group")

# 2. The folders and their modes.
install -D -m 0644 "$SRC/deploy/tmpfiles.d/hopthu.conf" "$DESTDIR/usr/lib/tmpfiles.d/hopthu.conf"
if [ -n "$DESTDIR" ]; then
  systemd-tmpfiles --root="$DESTDIR" --create "$DESTDIR/usr/lib/tmpfiles.d/hopthu.conf"
else
  systemd-tmpfiles --create /usr/lib/tmpfiles.d/hopthu.conf
fi

# 3. The program: a copy of the source (what the service runs does not change when the clone does) and
#    a virtual environment with hopthu and its dependencies.
if [ "$SRC" != "$DESTDIR$PREFIX/src" ]; then
  rm -rf "$DESTDIR$PREFIX/src"
  mkdir -p "$DESTDIR$PREFIX/src"
  for part in daemon rules templates deploy docs pyproject.toml README.md hopthu.example.yaml; do
    cp -a "$SRC/$part" "$DESTDIR$PREFIX/src/"
  done
  find "$DESTDIR$PREFIX/src" -name __pycache__ -prune -exec rm -rf {} +
fi
if [ ! -x "$DESTDIR$PREFIX/.venv/bin/python" ]; then
  "$PYTHON" -m venv "$DESTDIR$PREFIX/.venv"
fi
# shellcheck disable=SC2086  # HOPTHU_PIP_ARGS is a list of arguments
"$DESTDIR$PREFIX/.venv/bin/python" -m pip install --quiet --disable-pip-version-check ${HOPTHU_PIP_ARGS:-} \
  "$DESTDIR$PREFIX/src"

# 4. Configuration, rules and templates: the example with the installed layout, only where absent.
if [ ! -e "$ETC/hopthu.yaml" ]; then
  sed -e "s|^# secrets_file: \".env\"|secrets_file: \"/etc/hopthu/hopthu.env\"|" \
      -e "s|^state_dir: \"state\"|state_dir: \"$VAR/state\"|" \
      -e "s|^rules_dir: \"rules\"|rules_dir: \"/etc/hopthu/rules\"|" \
      -e "s|^templates_dir: \"templates\"|templates_dir: \"/etc/hopthu/templates\"|" \
      -e "s|\"data/|\"$VAR/data/|" \
      -e "s|^  dir: \"backups\"|  dir: \"$VAR/backups\"|" \
      "$SRC/hopthu.example.yaml" > "$ETC/hopthu.yaml"
  say "Đã tạo /etc/hopthu/hopthu.yaml từ mẫu: sửa nó cho phường / made from the example: edit it."
elif ! grep -q '^secrets_file:' "$ETC/hopthu.yaml"; then
  # An install made by hand before this script: its secrets were in hopthu.env for systemd only.
  cp -a "$ETC/hopthu.yaml" "$ETC/hopthu.yaml.truoc-khi-cai"
  printf '\n# Added by deploy/install.sh: the one secrets file, for the service and commands run by hand.\nsecrets_file: "/etc/hopthu/hopthu.env"\n' \
    >> "$ETC/hopthu.yaml"
  say "Đã thêm secrets_file vào /etc/hopthu/hopthu.yaml (bản cũ: hopthu.yaml.truoc-khi-cai)."
fi
chown 0:"$gid" "$ETC/hopthu.yaml"
chmod 0640 "$ETC/hopthu.yaml"
for part in rules templates; do
  if [ ! -e "$ETC/$part" ]; then
    cp -r "$SRC/$part" "$ETC/$part"
    chown -R 0:"$gid" "$ETC/$part"
    find "$ETC/$part" -type d -exec chmod 0750 {} + -o -type f -exec chmod 0640 {} +
  fi
done

# 5. The one secrets file: 0600, the service user's; a new backup key on the first install.
if [ ! -e "$ETC/hopthu.env" ]; then
  key=$("$PYTHON" -c 'import base64, os; print(base64.urlsafe_b64encode(os.urandom(32)).decode())')
  (
    umask 077
    cat > "$ETC/hopthu.env" <<EOF
# hopthu's secrets: plain KEY=value lines, read by the service and by every hopthu command.
# HOPTHU_IMAP_PASSWORD=...
# HOPTHU_SMTP_PASSWORD=...
# HOPTHU_GOOGLE_KEY_FILE=/etc/hopthu/google-key.json
# HOPTHU_OAUTH_FILE=/etc/hopthu/oauth-gmail.json
# The key of the encrypted backups: keep a copy away from this PC (without it no backup can be read).
HOPTHU_BACKUP_KEY=$key
EOF
  )
fi
chown "$uid":"$gid" "$ETC/hopthu.env"
chmod 0600 "$ETC/hopthu.env"

# 6. The service unit, with the program's place, enabled (not started).
mkdir -p "$DESTDIR/etc/systemd/system"
sed -e "s|/opt/hopthu|$PREFIX|g" "$SRC/deploy/systemd/hopthu.service" > "$DESTDIR/etc/systemd/system/hopthu.service"
chmod 0644 "$DESTDIR/etc/systemd/system/hopthu.service"
if [ "$ENABLE" = 1 ]; then
  if [ -n "$DESTDIR" ]; then
    systemctl --root="$DESTDIR" enable hopthu.service
  elif [ -d /run/systemd/system ]; then
    systemctl daemon-reload
    systemctl enable hopthu.service
  else
    say "systemd không chạy trên máy này: chưa bật dịch vụ / systemd is not running: service not enabled." >&2
  fi
fi

cat <<EOF

Đã cài hopthu. Các bước tiếp theo / Next steps:
  1. Sửa /etc/hopthu/hopthu.yaml (phường, hộp thư, cơ quan, cán bộ) và thêm mật khẩu vào
     /etc/hopthu/hopthu.env (sudoedit /etc/hopthu/hopthu.env).
  2. Chép khóa sao lưu HOPTHU_BACKUP_KEY trong tệp đó ra giấy hoặc USB cất riêng.
  3. Kiểm tra: sudo -u hopthu $PREFIX/.venv/bin/hopthu --config /etc/hopthu/hopthu.yaml check
  4. Chạy: sudo systemctl start hopthu   ·   tình trạng: sudo -u hopthu $PREFIX/.venv/bin/hopthu --config /etc/hopthu/hopthu.yaml status
Gỡ cài đặt (giữ dữ liệu): sudo bash $PREFIX/src/deploy/uninstall.sh
EOF
