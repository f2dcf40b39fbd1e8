#!/usr/bin/env bash
# Installs the Debian packages the browser tests need (chromium). Best effort: where apt is not
# available or fails, the browser tests skip themselves with a message saying why.
set -u
# The Spark tests need a Java 17+ runtime (pyspark itself comes with the dev extra); they skip without one.
if ! command -v java >/dev/null 2>&1 && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null) \
    || echo "install-system-deps: Java could not be installed; the Spark tests will be skipped" >&2
fi
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "install-system-deps: not root or no apt-get; browser tests will be skipped" >&2
  exit 0
fi
(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
  || echo "install-system-deps: chromium could not be installed; browser tests will be skipped" >&2
exit 0
