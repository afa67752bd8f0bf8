#!/usr/bin/env bash
# Installs the programs the tests run beside socioeco (Debian package names), and the
# second XSD engine. socioeco itself needs none of them at run time.
set -euo pipefail
need=()
command -v xmllint >/dev/null || need+=(libxml2-utils)
command -v dot >/dev/null || need+=(graphviz)
pkg-config --exists libxml-2.0 2>/dev/null || need+=(libxml2-dev)
# GNU time measures each child's own peak memory in the tests and the benchmark.
[ -x /usr/bin/time ] || need+=(time)
# ZIPFoundation links zlib; LibreOffice reads the .xlsx files the tests write (headless).
pkg-config --exists zlib 2>/dev/null || need+=(zlib1g-dev)
command -v soffice >/dev/null || need+=(libreoffice-calc)
# The studio's browser test drives Chromium through its driver; Noto shows Arabic and Devanagari.
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
[ -d /usr/share/fonts/truetype/noto ] || need+=(fonts-noto-core)
if ((${#need[@]})); then
  if [ "$(id -u)" -ne 0 ]; then
    echo "install-peers: please install: ${need[*]} (apt-get install ${need[*]})" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
python3 -c 'import xmlschema' 2>/dev/null || python3 -m pip install -q xmlschema
# libhxl reads every 5W CSV export in the tests, as HXL tools would.
python3 -c 'import hxl' 2>/dev/null || python3 -m pip install -q --break-system-packages libhxl
# openpyxl writes and reads workbooks in the XLSX tests; python-calamine is the benchmark's peer.
python3 -c 'import openpyxl' 2>/dev/null || python3 -m pip install -q --break-system-packages openpyxl
python3 -c 'import python_calamine' 2>/dev/null || python3 -m pip install -q --break-system-packages python-calamine
# Selenium drives that browser; axe-selenium-python carries axe-core for the accessibility checks.
python3 -c 'import selenium' 2>/dev/null || python3 -m pip install -q --break-system-packages selenium
python3 -c 'import axe_selenium_python' 2>/dev/null || python3 -m pip install -q --break-system-packages axe-selenium-python
# schemathesis runs the studio's OpenAPI description against a live server (scripts/studio-api-test.sh).
command -v st >/dev/null || python3 -m pip install -q --break-system-packages schemathesis
