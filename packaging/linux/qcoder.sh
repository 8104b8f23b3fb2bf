#!/bin/sh
# /usr/bin/qcoder: the bundle lives in /opt/qcoder and runs from there
exec /opt/qcoder/qcoder "$@"
