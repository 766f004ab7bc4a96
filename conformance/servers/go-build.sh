#!/usr/bin/env bash
# Builds the Go server servers/NAME (gin, echo) into OUT from Debian's Go sources
# (golang-github-gin-gonic-gin-dev, golang-github-labstack-echo-dev): GOPATH mode, nothing is
# downloaded. Usage: servers/go-build.sh NAME OUT
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
GO111MODULE=off GOPATH="${CONFORMANCE_GOPATH:-/usr/share/gocode}" GOPROXY=off GOFLAGS= \
  exec go build -o "$2" "./servers/$1"
