#!/bin/sh
# Installs what newsgraph needs to build and test (Debian 12, as root).
set -e
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends \
  cmake g++ make libboost-graph-dev rapidjson-dev libcli11-dev libgtest-dev zlib1g-dev \
  libigraph-dev pkg-config \
  iso-codes wordnet-base libgeonames-common wamerican
